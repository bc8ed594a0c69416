package fi.ekokartta.exchange.imports;

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
        items.forEach(this::readTerm);
        parentIds.forEach(this::linkParent);
    }

    /** A term met only nested in another object's attribute (a foreign HSDS taxonomy). */
    Optional<TaxonomyTerm> readNested(ImportEntry term) {
        readTerm(term);
        UUID id = term.id("id").orElse(null);
        if (id != null && parentIds.containsKey(id)) {
            linkParent(id, parentIds.get(id));
        }
        return Optional.ofNullable(id).map(graph.terms::get);
    }

    private void readTerm(ImportEntry entry) {
        UUID id = entry.requiredId("id");
        String name = entry.requiredText("name");
        String taxonomy = entry.text("taxonomy").orElse(TaxonomyTerm.SERVICE_TAXONOMY);
        if (id == null || name == null) {
            return;
        }
        if (graph.terms.containsKey(id) || graph.targetGroups.containsKey(id)) {
            graph.repeated(id, entry);
            return;
        }
        if (TargetGroup.TAXONOMY.equals(taxonomy)) {
            readTargetGroup(entry, id, name);
            return;
        }
        TaxonomyTerm term = new TaxonomyTerm();
        term.setId(id);
        term.getName().set("fi", name);
        entry.text("description").ifPresent(text -> term.getDescription().set("fi", text));
        term.setCode(entry.text("code").orElse(null));
        term.setTaxonomy(taxonomy);
        entry.text("term_uri").ifPresent(uri -> {
            term.setTermUri(uri);
            if (uri.startsWith(TaxonomyTerm.PTV_CLASS_URI_PREFIX)) {
                term.setPtvClass(uri.substring(TaxonomyTerm.PTV_CLASS_URI_PREFIX.length()));
            }
        });
        entry.id("parent_id").ifPresent(parent -> parentIds.put(id, parent));
        entries.put(id, entry);
        graph.register(id, entry);
        graph.terms.put(id, term);
    }

    private void readTargetGroup(ImportEntry entry, UUID id, String name) {
        TargetGroup group = new TargetGroup();
        group.setId(id);
        group.getName().set("fi", name);
        entry.text("description").ifPresent(text -> group.getDescription().set("fi", text));
        String code = entry.requiredText("code");
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
