package fi.ekokartta.exchange.seed;

import fi.ekokartta.exchange.imports.ImportProblems;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads and checks the ecosystem/ part of a seed dataset into the graph the HSDS part was read
 * into. Every problem found is collected, and any problem rejects the dataset as a whole.
 */
final class SeedEcosystemReader {

    static final String ECOSYSTEM = "ecosystem";
    private static final List<String> ECOSYSTEM_FILES = List.of("roles.json", "relationships.json", "forums.json",
            "calendar.json", "roadmap.json", "users.json", "responsibilities.json", "paths.json");

    private final ImportProblems report;
    private final SeedFileReader files;
    private final Path folder;
    private final SeedGraph graph;

    SeedEcosystemReader(Path folder, SeedGraph graph, ImportProblems report) {
        this.folder = folder;
        this.report = report;
        this.files = new SeedFileReader(folder, report);
        this.graph = graph;
    }

    void read() {
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
                    .forEach(name -> report.localized(ECOSYSTEM + "/" + name, null, null, "seed.problem.unknown-file",
                            String.join(", ", ECOSYSTEM_FILES)));
        } catch (IOException e) {
            report.localized(ECOSYSTEM, null, null, "import.problem.unreadable", String.valueOf(e.getMessage()));
        }
    }
}
