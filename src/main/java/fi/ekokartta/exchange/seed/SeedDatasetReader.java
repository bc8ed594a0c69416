package fi.ekokartta.exchange.seed;

import fi.ekokartta.area.Municipality;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads and checks a whole seed dataset (hsds/ and ecosystem/) into memory. Every problem found
 * is collected, and any problem rejects the dataset as a whole.
 */
final class SeedDatasetReader {

    static final String HSDS = "hsds";
    static final String ECOSYSTEM = "ecosystem";
    private static final List<String> ECOSYSTEM_FILES = List.of("roles.json", "relationships.json", "forums.json",
            "calendar.json", "roadmap.json", "users.json", "responsibilities.json", "paths.json");

    private final SeedReport report = new SeedReport();
    private final SeedFileReader files;
    private final Path folder;
    private final SeedGraph graph;

    SeedDatasetReader(Path folder, Map<String, Municipality> municipalities) {
        this.folder = folder;
        this.files = new SeedFileReader(folder, report);
        this.graph = new SeedGraph(municipalities);
    }

    /** Warnings of the last read: things left out that do not make the dataset wrong. */
    List<SeedProblem> warnings() {
        return report.warnings();
    }

    SeedGraph read() {
        if (!Files.isDirectory(folder.resolve(HSDS))) {
            throw new SeedDataException(List.of(new SeedProblem(folder.toString(), null, null,
                    "has no " + HSDS + "/ folder of HSDS 3.0 JSON files")));
        }
        readHsds();
        readEcosystem();
        if (!report.problems().isEmpty()) {
            throw new SeedDataException(report.problems());
        }
        return graph;
    }

    private void readHsds() {
        List<SeedFile> all = files.readFolder(HSDS);
        Map<HsdsKind, List<SeedEntry>> byKind = new EnumMap<>(HsdsKind.class);
        for (HsdsKind kind : HsdsKind.values()) {
            byKind.put(kind, new ArrayList<>());
        }
        for (SeedFile file : all.stream().filter(file -> !file.isTranslation()).toList()) {
            kindOf(file).ifPresent(kind -> byKind.get(kind).addAll(entries(file)));
        }
        HsdsTaxonomyReader taxonomy = new HsdsTaxonomyReader(graph);
        taxonomy.read(byKind.get(HsdsKind.TAXONOMY_TERM));
        List<SeedEntry> organizations = new ArrayList<>(byKind.get(HsdsKind.ORGANIZATION));
        organizations.addAll(nestedOrganizations(organizations, byKind.get(HsdsKind.SERVICE)));
        new HsdsOrganizationReader(graph).read(organizations);
        new HsdsServiceReader(graph, taxonomy).read(byKind.get(HsdsKind.SERVICE));
        HsdsTranslationReader translations = new HsdsTranslationReader(graph);
        all.stream().filter(SeedFile::isTranslation)
                .forEach(file -> entries(file).forEach(entry -> translations.read(entry, file.language())));
    }

    /**
     * The kind of a file: by the HSDS object named at the start of its name, else guessed from its
     * keys. Reports a file whose name and objects disagree, whose kind is not read yet, or whose
     * kind cannot be told. Taxonomy files are accepted and left out with a warning.
     */
    private Optional<HsdsKind> kindOf(SeedFile file) {
        if (file.items().isEmpty()) {
            report.problem(file.name(), null, null, "holds no objects");
            return Optional.empty();
        }
        Optional<HsdsKind> named = HsdsKind.ofName(file.name());
        if (named.isEmpty()) {
            Optional<HsdsKind> guessed = HsdsKind.of(file.items());
            if (guessed.isEmpty()) {
                report.problem(file.name(), null, null, "cannot tell whether it holds services, organizations or "
                        + "taxonomy terms; name the file after its HSDS objects (services.json, organizations.json, "
                        + "taxonomy_terms.json)");
            }
            return guessed;
        }
        HsdsKind kind = named.get();
        Optional<String> contradiction = kind.contradiction(file.items());
        if (contradiction.isPresent()) {
            report.problem(file.name(), null, null, contradiction.get());
            return Optional.empty();
        }
        if (!kind.supported()) {
            report.problem(file.name(), null, null, "holds HSDS " + kind.description()
                    + ", which the seed loader does not support yet; leave the file out");
            return Optional.empty();
        }
        if (kind == HsdsKind.TAXONOMY) {
            report.warnings().add(new SeedProblem(file.name(), null, null, "HSDS taxonomies are not stored; "
                    + "taxonomy terms name their taxonomy themselves ('taxonomy'), so the file is left out"));
            return Optional.empty();
        }
        return named;
    }

    /**
     * Organizations met only nested in services ({@code organization} of a compiled service), once
     * each: an organization also in an organizations file is read from there, with its fuller data.
     */
    private List<SeedEntry> nestedOrganizations(List<SeedEntry> organizations, List<SeedEntry> services) {
        Set<UUID> known = new HashSet<>();
        organizations.forEach(entry -> quietId(entry.node()).ifPresent(known::add));
        List<SeedEntry> nested = new ArrayList<>();
        for (SeedEntry service : services) {
            JsonNode organization = service.node().get("organization");
            if (organization == null || !organization.isObject()) {
                continue;
            }
            Optional<UUID> id = quietId(organization);
            if (id.isEmpty() || known.add(id.get())) {
                nested.add(service.child(organization, "organization"));
            }
        }
        return nested;
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

    private void readEcosystem() {
        reportUnknownEcosystemFiles();
        EcosystemReader ecosystem = new EcosystemReader(graph);
        EcosystemMeetingReader meetings = new EcosystemMeetingReader(graph, ecosystem);
        EcosystemPeopleReader people = new EcosystemPeopleReader(graph);
        ecosystemFile("roles.json", ecosystem::readRoles);
        ecosystemFile("relationships.json", ecosystem::readRelationships);
        ecosystemFile("forums.json", meetings::readForums);
        ecosystemFile("calendar.json", meetings::readCalendar);
        ecosystemFile("roadmap.json", new EcosystemRoadmapReader(graph)::read);
        ecosystemFile("paths.json", new EcosystemPathsReader(graph)::read);
        ecosystemFile("users.json", people::readUsers);
        ecosystemFile("responsibilities.json", people::readResponsibilities);
        people.applyDefaults();
    }

    private void ecosystemFile(String name, Consumer<EcosystemFile> reader) {
        String path = ECOSYSTEM + "/" + name;
        files.readOptional(path).ifPresent(root -> reader.accept(new EcosystemFile(path, root, report)));
    }

    private void reportUnknownEcosystemFiles() {
        Path directory = folder.resolve(ECOSYSTEM);
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.list(directory)) {
            paths.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".json") && !Set.copyOf(ECOSYSTEM_FILES).contains(name))
                    .forEach(name -> report.problem(ECOSYSTEM + "/" + name, null, null,
                            "unknown file; expected one of " + String.join(", ", ECOSYSTEM_FILES)));
        } catch (IOException e) {
            report.problem(ECOSYSTEM, null, null, "cannot list the folder: " + e.getMessage());
        }
    }

    private List<SeedEntry> entries(SeedFile file) {
        List<SeedEntry> entries = new ArrayList<>();
        for (int i = 0; i < file.items().size(); i++) {
            entries.add(new SeedEntry(file.items().get(i), file.name(), i, report));
        }
        return entries;
    }
}
