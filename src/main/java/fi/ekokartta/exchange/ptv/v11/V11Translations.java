package fi.ekokartta.exchange.ptv.v11;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The texts of one service in fi, sv and en, written as PTV localized list items. A Swedish or
 * English document may repeat the Finnish text where no translation exists (the HSDS API falls back
 * to Finnish); such a repeat is not sent to PTV as a translation.
 */
final class V11Translations {

    private final Map<String, JsonNode> documents = new LinkedHashMap<>();

    V11Translations(JsonNode finnish, Map<String, JsonNode> translations) {
        documents.put("fi", finnish);
        translations.forEach((language, document) -> {
            if (!"fi".equals(language) && document != null) {
                documents.put(language, document);
            }
        });
    }

    /**
     * The sv and en documents of a service id among lists of translated documents, Swedish first
     * whatever the order of the lists given, so that every export lists its languages alike.
     */
    static Map<String, JsonNode> of(String id, Map<String, JsonNode> translatedLists) {
        Map<String, JsonNode> result = new LinkedHashMap<>();
        translatedLists.keySet().stream().sorted(java.util.Comparator.comparingInt(V11Translations::rank)
                .thenComparing(java.util.Comparator.naturalOrder())).forEach(language -> {
            for (JsonNode document : translatedLists.get(language)) {
                if (id.equals(document.path("id").asString(""))) {
                    result.put(language, document);
                }
            }
        });
        return result;
    }

    private static int rank(String language) {
        return switch (language) {
            case "sv" -> 0;
            case "en" -> 1;
            default -> 2;
        };
    }

    /** Adds {@code {type, language, value}} items (no type when {@code type} is null) for a field. */
    void add(ArrayNode items, String field, String type) {
        String finnish = text(documents.get("fi"), field);
        documents.forEach((language, document) -> {
            String value = text(document, field);
            if (value != null && ("fi".equals(language) || !value.equals(finnish))) {
                item(items, language, value, type);
            }
        });
    }

    /** As {@link #add} for one of Ekokartta's own text fields (the summary). */
    void addAttribute(ArrayNode items, String code, String type) {
        String finnish = new V11Attributes(documents.get("fi")).field(code).orElse(null);
        documents.forEach((language, document) -> new V11Attributes(document).field(code)
                .filter(value -> "fi".equals(language) || !value.equals(finnish))
                .ifPresent(value -> item(items, language, value, type)));
    }

    void keywords(ArrayNode items) {
        Set<String> seen = new HashSet<>();
        documents.forEach((language, document) -> {
            List<String> words = new V11Attributes(document).keywords(language);
            words.stream().filter(word -> seen.add(language + "/" + word)).forEach(word -> item(items, language, word, null));
        });
    }

    private static void item(ArrayNode items, String language, String value, String type) {
        var item = items.addObject();
        if (type != null) {
            item.put("type", type);
        }
        item.put("language", language).put("value", value);
    }

    private static String text(JsonNode document, String field) {
        JsonNode value = document.get(field);
        return value == null || !value.isString() || value.asString().isBlank() ? null : value.asString().strip();
    }
}
