package fi.ekokartta.exchange.seed;

import tools.jackson.databind.JsonNode;

import java.util.List;

/**
 * A parsed seed file: its name relative to the dataset folder, the objects it holds and, for
 * translation files (*.sv.json, *.en.json), their language.
 */
record SeedFile(String name, List<JsonNode> items, String language) {

    static final String FINNISH = "fi";

    boolean isTranslation() {
        return !FINNISH.equals(language);
    }

    static String languageOf(String fileName) {
        if (fileName.endsWith(".sv.json")) {
            return "sv";
        }
        if (fileName.endsWith(".en.json")) {
            return "en";
        }
        return FINNISH;
    }
}
