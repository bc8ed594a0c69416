package fi.ekokartta.exchange.imports;

import fi.ekokartta.exchange.api.document.TaxonomyTermDocument;
import fi.ekokartta.taxonomy.TargetGroup;
import fi.ekokartta.taxonomy.TaxonomyTerm;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * HSDS taxonomy terms: service classes with their hierarchy and PTV mapping, and target groups
 * (terms of taxonomy {@code ekokartta-kohderyhma}).
 */
final class HsdsTaxonomyReader {

    private final ImportGraph graph;
    private final Map<UUID, UUID> parentIds = new HashMap<>();
    private final Map<UUID, ImportEntry> entries = new HashMap<>();

    HsdsTaxonomyReader(ImportGraph graph) {
        this.graph = graph;
    }

    void read(List<ImportEntry> items) {
        items.forEach(entry -> readTerm(entry, entry.bind(TaxonomyTermDocument.class)));
        parentIds.forEach(this::linkParent);
    }

    /** A term met only nested in another object's attribute (a foreign HSDS taxonomy), bound with that attribute. */
    Optional<TaxonomyTerm> readNested(ImportEntry entry, TaxonomyTermDocument term) {
        readTerm(entry, term);
        UUID id = term.id();
        if (id != null && parentIds.containsKey(id)) {
            linkParent(id, parentIds.get(id));
        }
        return Optional.ofNullable(id).map(graph.terms::get);
    }

    private void readTerm(ImportEntry entry, TaxonomyTermDocument term) {
        UUID id = entry.required("id", term.id());
        String name = entry.required("name", term.name());
        String taxonomy = Optional.ofNullable(term.taxonomy()).orElse(TaxonomyTerm.SERVICE_TAXONOMY);
        // Not kept: a term's language (our terms are named in every language) and the taxonomy's own id.
        entry.unused("language");
        entry.unused("taxonomy_id");
        if (id == null || name == null) {
            return;
        }
        if (graph.terms.containsKey(id) || graph.targetGroups.containsKey(id)) {
            // Read from its first occurrence: of this one only what told it apart was read.
            entry.readOnly("id", "name", "taxonomy");
            graph.repeated(id, entry);
            return;
        }
        if (TargetGroup.TAXONOMY.equals(taxonomy)) {
            readTargetGroup(entry, term, id, name);
            return;
        }
        TaxonomyTerm kept = new TaxonomyTerm();
        kept.setId(id);
        kept.getName().set("fi", name);
        Optional.ofNullable(term.description()).ifPresent(text -> kept.getDescription().set("fi", text));
        kept.setCode(term.code());
        kept.setTaxonomy(taxonomy);
        Optional.ofNullable(term.termUri()).ifPresent(uri -> {
            kept.setTermUri(uri);
            if (uri.startsWith(TaxonomyTerm.PTV_CLASS_URI_PREFIX)) {
                kept.setPtvClass(uri.substring(TaxonomyTerm.PTV_CLASS_URI_PREFIX.length()));
            }
        });
        Optional.ofNullable(term.parentId()).ifPresent(parent -> parentIds.put(id, parent));
        entries.put(id, entry);
        graph.register(id, entry);
        graph.terms.put(id, kept);
    }

    private void readTargetGroup(ImportEntry entry, TaxonomyTermDocument term, UUID id, String name) {
        // A target group has no hierarchy or term uri of its own.
        entry.unused("parent_id");
        entry.unused("term_uri");
        TargetGroup group = new TargetGroup();
        group.setId(id);
        group.getName().set("fi", name);
        Optional.ofNullable(term.description()).ifPresent(text -> group.getDescription().set("fi", text));
        String code = entry.required("code", term.code());
        if (code != null && graph.targetGroups.values().stream().anyMatch(other -> code.equals(other.getCode()))) {
            entry.reject("code", "import.problem.duplicate-code", code);
        }
        group.setCode(code);
        graph.register(id, entry);
        graph.targetGroups.put(id, group);
    }

    private void linkParent(UUID id, UUID parentId) {
        ImportEntry entry = entries.get(id);
        TaxonomyTerm parent = graph.term(parentId).orElse(null);
        if (parent == null) {
            entry.warningKey("parent_id", "import.warning.unknown-parent", parentId.toString());
            entry.unused("parent_id");
            return;
        }
        Set<UUID> seen = new HashSet<>(Set.of(id));
        for (UUID step = parentId; step != null; step = parentIds.get(step)) {
            if (!seen.add(step)) {
                entry.reject("parent_id", "import.problem.parent-loop");
                return;
            }
        }
        graph.terms.get(id).setParent(parent);
    }
}
