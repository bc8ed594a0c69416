package fi.ekokartta.exchange.seed;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads the JSON files of one folder of a seed dataset, in name order. */
final class SeedFileReader {

    private final JsonMapper json = JsonMapper.builder().build();
    private final Path root;
    private final SeedReport report;

    SeedFileReader(Path root, SeedReport report) {
        this.root = root;
        this.report = report;
    }

    List<SeedFile> readFolder(String folder) {
        Path directory = root.resolve(folder);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<SeedFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.list(directory)) {
            paths.filter(path -> path.getFileName().toString().endsWith(".json")).sorted()
                    .forEach(path -> read(path).ifPresent(files::add));
        } catch (IOException e) {
            report.problem(folder, null, null, "cannot list the folder: " + e.getMessage());
        }
        return files;
    }

    /** One ecosystem file by name, if it exists. */
    Optional<JsonNode> readOptional(String relativeName) {
        Path path = root.resolve(relativeName);
        return Files.isRegularFile(path) ? parse(path) : Optional.empty();
    }

    private Optional<SeedFile> read(Path path) {
        String name = nameOf(path);
        return parse(path).flatMap(document -> itemsOf(name, document))
                .map(items -> new SeedFile(name, items, SeedFile.languageOf(name)));
    }

    private Optional<JsonNode> parse(Path path) {
        try {
            return Optional.of(json.readTree(path.toFile()));
        } catch (JacksonException e) {
            TokenStreamLocation location = e.getLocation();
            String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            report.problem(nameOf(path), null, null, "is not valid JSON" + where + ": " + e.getOriginalMessage());
            return Optional.empty();
        }
    }

    /** An array of objects, an HSDS page object whose contents is that array, or one object. */
    private Optional<List<JsonNode>> itemsOf(String name, JsonNode document) {
        if (document.isObject() && !document.has("contents") && document.has("id")) {
            return Optional.of(List.of(document));
        }
        JsonNode array = document.isObject() && document.has("contents") ? document.get("contents") : document;
        if (!array.isArray()) {
            report.problem(name, null, null,
                    "expected a JSON array of objects or an HSDS page object with 'contents'");
            return Optional.empty();
        }
        List<JsonNode> items = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).isObject()) {
                items.add(array.get(i));
            } else {
                report.problem(name, "entry " + (i + 1), null, "expected an object");
            }
        }
        return Optional.of(items);
    }

    private String nameOf(Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }
}
