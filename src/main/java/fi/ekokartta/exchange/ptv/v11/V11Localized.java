package fi.ekokartta.exchange.ptv.v11;

import fi.ekokartta.exchange.ptv.HsdsFileSet;
import fi.ekokartta.exchange.ptv.PtvDroppedField;
import tools.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Localized PTV texts into the Finnish document and its Swedish and English translations. */
final class V11Localized {

    private V11Localized() {
    }

    /** The Finnish text goes into the document, the others into the translation files of its kind. */
    static void put(HsdsFileSet files, String kind, ObjectNode document, String field, Map<String, String> texts) {
        texts.forEach((language, value) -> {
            ObjectNode target = "fi".equals(language) ? document
                    : files.inLanguage(kind, language, document.get("id").asString());
            target.put(field, value);
        });
    }

    /** The Finnish text of a field HSDS has no translations for; the other languages are reported. */
    static String finnishOnly(V11Object owner, String field, Map<String, String> texts) {
        texts.forEach((language, value) -> {
            if (!"fi".equals(language)) {
                owner.drop(owner.path(field) + "[language=" + language + "]", PtvDroppedField.NO_PLACE, value);
            }
        });
        return texts.get("fi");
    }

    /**
     * Names with a Finnish one: Ekokartta needs Finnish, so a service PTV names only in Swedish or
     * English gets that name (or its alternative name) as its Finnish name too.
     */
    static Map<String, String> withFinnish(Map<String, String> names, Map<String, String> alternates) {
        Map<String, String> result = new LinkedHashMap<>(names);
        if (!result.containsKey("fi")) {
            Optional.ofNullable(alternates.get("fi"))
                    .or(() -> names.values().stream().findFirst())
                    .ifPresent(name -> result.put("fi", name));
        }
        return result;
    }

    /**
     * The field of the first item in Finnish, else of the first item at all. Only that item is
     * read: the others are reported as dropped, as HSDS has room for one.
     */
    static Optional<String> first(List<V11Object> items, String field) {
        V11Object chosen = items.stream().filter(item -> item.peek(field).isPresent())
                .filter(item -> "fi".equals(item.peek("language").orElse(""))).findFirst()
                .orElse(items.stream().filter(item -> item.peek(field).isPresent()).findFirst().orElse(null));
        if (chosen == null) {
            return Optional.empty();
        }
        chosen.text("language");
        chosen.text("value");
        return chosen.text(field);
    }
}
