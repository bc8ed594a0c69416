package fi.ekokartta.exchange.imports;

import fi.ekokartta.area.Municipality;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The read step: parses every document of a source, tells each file's kind, and reads all
 * objects into an {@link ImportGraph}, nested ones too (the organization of a compiled service,
 * the services of a compiled organization, the service and location of a service_at_location).
 * Every problem is collected; nothing is stored here.
 */
final class ImportReader {

    private final ImportSource source;
    private final ImportProblems problems = new ImportProblems();
    private final ImportGraph graph;
    private final List<ImportRoot> roots = new ArrayList<>();
    private final Map<ImportRoot, ImportRows.Decided> decided = new HashMap<>();
    private final Map<ImportEntry, UUID> nestedIn = new HashMap<>();
    private final List<ImportEntry> organizations = new ArrayList<>();
    private final List<ImportEntry> services = new ArrayList<>();

    ImportReader(ImportSource source, Map<String, Municipality> municipalities, StoredContent stored) {
        this.source = source;
        this.graph = new ImportGraph(municipalities, stored);
        problems.problems().addAll(source.problems().problems());
        problems.warnings().addAll(source.problems().warnings());
    }

    ImportRead read() {
        new ImportDocuments(source, problems).roots().forEach(roots::add);
        HsdsTaxonomyReader taxonomy = new HsdsTaxonomyReader(graph);
        taxonomy.read(entries(HsdsKind.TAXONOMY_TERM));
        entries(HsdsKind.ORGANIZATION).forEach(organizations::add);
        entries(HsdsKind.SERVICE).forEach(this::addService);
        entries(HsdsKind.SERVICE_AT_LOCATION).forEach(place -> nested(place, "service").ifPresent(this::addService));
        entries(HsdsKind.ORGANIZATION).forEach(this::addNestedServices);
        new HsdsOrganizationReader(graph).read(organizations);
        new HsdsServiceReader(graph, taxonomy).read(services, nestedIn);
        new ServiceAtLocationLinker(graph, rootsOf(HsdsKind.LOCATION), decided).link(rootsOf(HsdsKind.SERVICE_AT_LOCATION));
        readTranslations();
        notStored(HsdsKind.TAXONOMY, "import.reason.taxonomy");
        notStored(HsdsKind.BASE, "import.reason.base");
        repeats();
        return new ImportRead(graph, new ImportRows(roots, decided, graph, problems).rows(), problems);
    }

    /**
     * The services nested in an organization ({@code services} of a compiled organization), read
     * after the services of their own files, so that a service both in its own file and nested is
     * read from its own file.
     */
    private void addNestedServices(ImportEntry organization) {
        List<JsonNode> nested = organization.array("services");
        Optional<UUID> id = ImportReader.quietId(organization.node());
        for (int i = 0; i < nested.size(); i++) {
            if (nested.get(i).isObject()) {
                ImportEntry service = organization.child(nested.get(i), "services[" + i + "]");
                id.ifPresent(owner -> nestedIn.put(service, owner));
                addService(service);
            } else {
                organization.reject("services[" + i + "]", "import.problem.expected-object", ImportEntry.typeOf(nested.get(i)));
            }
        }
    }

    /** A service, and its nested organization unless that organization is read from elsewhere already. */
    private void addService(ImportEntry service) {
        services.add(service);
        nested(service, "organization").ifPresent(organization -> {
            Optional<UUID> id = quietId(organization.node());
            boolean known = id.isPresent() && organizations.stream()
                    .anyMatch(other -> id.equals(quietId(other.node())));
            if (!known) {
                organizations.add(organization);
            }
        });
    }

    private Optional<ImportEntry> nested(ImportEntry owner, String field) {
        JsonNode value = owner.node().get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            owner.reject(field, "import.problem.expected-object", ImportEntry.typeOf(value));
            return Optional.empty();
        }
        return Optional.of(owner.child(value, field));
    }

    private void readTranslations() {
        HsdsTranslationReader translations = new HsdsTranslationReader(graph);
        for (ImportRoot root : roots) {
            if (root.language() != null) {
                translations.read(root.entry(), root.language());
                decided.put(root, new ImportRows.Decided(ImportOutcome.PART_OF, List.of()));
            }
        }
    }

    private void repeats() {
        for (ImportRoot root : roots) {
            ImportEntry first = graph.repeats.get(root.entry());
            if (first != null) {
                ImportProblem why = new ImportProblem(root.entry().file(), root.entry().label(), null,
                        "import.reason.repeated", List.of(first.file()));
                decided.put(root, new ImportRows.Decided(ImportOutcome.NOT_STORED, List.of(why)));
            }
        }
    }

    private void notStored(HsdsKind kind, String reason) {
        for (ImportRoot root : rootsOf(kind)) {
            ImportProblem why = new ImportProblem(root.entry().file(), root.entry().label(), null, reason, List.of());
            decided.put(root, new ImportRows.Decided(ImportOutcome.NOT_STORED, List.of(why)));
        }
    }

    private List<ImportEntry> entries(HsdsKind kind) {
        return rootsOf(kind).stream().map(ImportRoot::entry).toList();
    }

    private List<ImportRoot> rootsOf(HsdsKind kind) {
        return roots.stream().filter(root -> root.kind() == kind && root.language() == null).toList();
    }

    /** The UUID in an object's 'id', without reporting anything when there is none. */
    static Optional<UUID> quietId(JsonNode node) {
        JsonNode id = node.get("id");
        if (id == null || !id.isString()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id.asString().strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
