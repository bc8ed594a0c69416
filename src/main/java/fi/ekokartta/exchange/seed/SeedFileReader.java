package fi.ekokartta.exchange.seed;

import fi.ekokartta.exchange.imports.ImportProblems;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads the JSON files of a seed dataset's ecosystem/ folder. */
final class SeedFileReader {

    private final JsonMapper json = JsonMapper.builder().build();
    private final Path root;
    private final ImportProblems report;

    SeedFileReader(Path root, ImportProblems report) {
        this.root = root;
        this.report = report;
    }

    /** One ecosystem file by name, if it exists. */
    Optional<JsonNode> readOptional(String relativeName) {
        Path path = root.resolve(relativeName);
        return Files.isRegularFile(path) ? parse(path) : Optional.empty();
    }

    private Optional<JsonNode> parse(Path path) {
        try {
            return Optional.of(json.readTree(path.toFile()));
        } catch (JacksonException e) {
            TokenStreamLocation location = e.getLocation();
            report.localized(nameOf(path), null, null, "import.problem.not-json",
                    location == null ? 0 : location.getLineNr(), location == null ? 0 : location.getColumnNr(),
                    e.getOriginalMessage());
            return Optional.empty();
        }
    }

    private String nameOf(Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }
}
