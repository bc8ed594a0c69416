package fi.ekokartta.exchange.ptv;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The sample PTV files of src/test/resources/ptv/v11 and the seed's vocabulary. */
public final class PtvSamples {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private PtvSamples() {
    }

    public static PtvVocabulary seedVocabulary() {
        return PtvVocabulary.fromHsdsTerms(JSON.readTree(read(Path.of("seed-data/hsds/taxonomy_terms.json"))));
    }

    public static Map<String, String> v11Files(String... names) {
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : names) {
            files.put(name, read(Path.of("src/test/resources/ptv/v11", name)));
        }
        return files;
    }

    public static JsonNode seedFile(String name) {
        return JSON.readTree(read(Path.of("seed-data/hsds", name)));
    }

    public static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
