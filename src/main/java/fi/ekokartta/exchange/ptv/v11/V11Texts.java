package fi.ekokartta.exchange.ptv.v11;

import fi.ekokartta.exchange.ptv.PtvDroppedField;
import fi.ekokartta.exchange.ptv.PtvMapping;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A PTV localized list, {@code [{"language": "fi", "value": "...", "type": "Description"}]}, by
 * type and language. Items without a type (keywords, requirements) are under the type "". Types
 * nobody takes, and languages other than fi, sv and en, are reported as dropped.
 */
final class V11Texts {

    /** One text of the list. */
    record Text(String type, String language, String value) {
    }

    private final Map<String, Map<String, String>> byType = new LinkedHashMap<>();
    private final List<Text> texts = new ArrayList<>();
    private final Set<String> taken = new HashSet<>();
    private final V11Object owner;
    private final String field;

    V11Texts(V11Object owner, String field, JsonNode list) {
        this.owner = owner;
        this.field = field;
        for (JsonNode item : list) {
            String value = item.path("value").asString("").strip();
            String language = item.path("language").asString("").strip().toLowerCase(Locale.ROOT);
            String type = item.path("type").asString("");
            if (value.isEmpty()) {
                continue;
            }
            if (!PtvMapping.isLanguage(language)) {
                owner.drop(owner.path(field) + "[language=" + language + "]", PtvDroppedField.UNKNOWN_LANGUAGE, value);
                continue;
            }
            texts.add(new Text(type, language, value));
            byType.computeIfAbsent(type, t -> new LinkedHashMap<>()).merge(language, value, (a, b) -> a + "\n" + b);
        }
        owner.onFinish(this::reportUntaken);
    }

    /** The texts of a type by language code (fi, sv, en); empty when there are none. */
    Map<String, String> take(String type) {
        taken.add(type);
        return byType.getOrDefault(type, Map.of());
    }

    /** Each text of a type, in order: for lists of many texts per language, such as keywords. */
    List<Text> each(String type) {
        taken.add(type);
        return texts.stream().filter(text -> text.type().equals(type)).toList();
    }

    /** Texts without a type, or of any type when the list has no types. */
    Map<String, String> untyped() {
        return take("");
    }

    private void reportUntaken() {
        byType.forEach((type, texts) -> {
            if (!taken.contains(type)) {
                texts.values().forEach(value -> owner.drop(owner.path(field) + "[type=" + type + "]",
                        PtvDroppedField.NO_PLACE, value));
            }
        });
    }
}
