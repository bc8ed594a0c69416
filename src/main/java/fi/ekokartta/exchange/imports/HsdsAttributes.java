package fi.ekokartta.exchange.imports;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The HSDS attributes of one object, sorted by what they mean to Ekokartta: keywords (taxonomy
 * {@code keywords}), Ekokartta's own fields (taxonomy {@code ekokartta}: code and value) and
 * links to taxonomy terms (service classes, target groups).
 */
final class HsdsAttributes {

    static final String KEYWORDS = "keywords";
    static final String EXTENSIONS = "ekokartta";

    final List<String> keywords = new ArrayList<>();
    /** The language each keyword's term names ({@code taxonomy_term.language}), null where it names none; in step with {@link #keywords}. */
    private final List<String> keywordLanguages = new ArrayList<>();
    final Map<String, List<String>> extensions = new LinkedHashMap<>();
    final List<TermLink> termLinks = new ArrayList<>();

    /** An attribute naming a taxonomy term by id, with the term itself when it is nested. */
    record TermLink(UUID termId, ImportEntry attribute, ImportEntry nestedTerm) {
    }

    /**
     * The keywords of a language: those whose term names that language or none. A translated
     * document may repeat the Finnish keywords (the API falls back to them), marked as Finnish.
     */
    List<String> keywordsIn(String language) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < keywords.size(); i++) {
            String named = keywordLanguages.get(i);
            if (named == null || named.equals(language)) {
                words.add(keywords.get(i));
            }
        }
        return words;
    }

    static HsdsAttributes of(ImportEntry owner) {
        HsdsAttributes attributes = new HsdsAttributes();
        List<JsonNode> items = owner.array("attributes");
        for (int i = 0; i < items.size(); i++) {
            attributes.add(owner.child(items.get(i), "attributes[" + i + "]"));
        }
        return attributes;
    }

    String extension(String code) {
        List<String> values = extensions.get(code);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    List<String> extensions(String code) {
        return extensions.getOrDefault(code, List.of());
    }

    private void add(ImportEntry attribute) {
        JsonNode termNode = attribute.raw("taxonomy_term");
        ImportEntry term = termNode != null && termNode.isObject() ? attribute.child(termNode, "taxonomy_term") : null;
        String taxonomy = term == null ? null : term.text("taxonomy").orElse(null);
        if (KEYWORDS.equalsIgnoreCase(taxonomy)) {
            term.text("name").ifPresentOrElse(name -> {
                keywords.add(name);
                keywordLanguages.add(term.text("language").map(code -> code.toLowerCase(Locale.ROOT)).orElse(null));
            }, () -> term.reject("name", "import.problem.required"));
        } else if (EXTENSIONS.equalsIgnoreCase(taxonomy)) {
            String code = term.text("code").or(() -> term.text("name")).orElse(null);
            String value = attribute.text("value").orElse(null);
            if (code == null) {
                term.reject("code", "import.problem.required");
            } else if (value == null) {
                attribute.reject("value", "import.problem.required");
            } else {
                extensions.computeIfAbsent(code.toLowerCase(Locale.ROOT), c -> new ArrayList<>()).add(value);
            }
        } else {
            attribute.id("taxonomy_term_id").or(() -> term == null ? Optional.<UUID>empty() : term.id("id"))
                    .ifPresentOrElse(id -> termLinks.add(new TermLink(id, attribute, term)),
                            () -> attribute.reject("taxonomy_term_id", "import.problem.attribute-needs-term"));
        }
    }
}
