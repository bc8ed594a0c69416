package fi.ekokartta.exchange.imports;

import fi.ekokartta.exchange.api.document.AttributeDocument;
import fi.ekokartta.exchange.api.document.TaxonomyTermDocument;

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
    record TermLink(UUID termId, ImportEntry attribute, ImportEntry nestedTerm, TaxonomyTermDocument term) {
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

    /** The attributes of an object, from its bound records ({@code attributes}). */
    static HsdsAttributes of(ImportEntry owner, List<AttributeDocument> items) {
        HsdsAttributes attributes = new HsdsAttributes();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) != null) {
                attributes.add(owner.child("attributes", i), items.get(i));
            }
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

    private void add(ImportEntry attribute, AttributeDocument item) {
        // Not kept: an attribute's own id and label.
        attribute.unused("id");
        attribute.unused("label");
        TaxonomyTermDocument term = item.taxonomyTerm();
        ImportEntry termEntry = term == null ? null : attribute.child("taxonomy_term");
        String taxonomy = term == null ? null : term.taxonomy();
        if (KEYWORDS.equalsIgnoreCase(taxonomy)) {
            termEntry.readOnly("taxonomy", "name", "language");
            attribute.unused("value");
            attribute.unused("taxonomy_term_id");
            Optional.ofNullable(term.name()).ifPresentOrElse(name -> {
                keywords.add(name);
                keywordLanguages.add(term.language() == null ? null : term.language().toLowerCase(Locale.ROOT));
            }, () -> termEntry.required("name", null));
        } else if (EXTENSIONS.equalsIgnoreCase(taxonomy)) {
            String code = term.code() != null ? term.code() : term.name();
            termEntry.readOnly("taxonomy", "code", term.code() != null ? "code" : "name");
            attribute.unused("taxonomy_term_id");
            String value = item.value();
            if (code == null) {
                termEntry.required("code", null);
            } else if (value == null) {
                attribute.required("value", null);
            } else {
                extensions.computeIfAbsent(code.toLowerCase(Locale.ROOT), c -> new ArrayList<>()).add(value);
            }
        } else {
            // A link's value and its term's texts are those of the term itself.
            attribute.unused("value");
            Optional<UUID> id = Optional.ofNullable(item.taxonomyTermId());
            if (id.isEmpty() && term != null && term.id() != null) {
                id = Optional.of(term.id());
            }
            id.ifPresentOrElse(termId -> termLinks.add(new TermLink(termId, attribute, termEntry, term)),
                    () -> attribute.reject("taxonomy_term_id", "import.problem.attribute-needs-term"));
        }
    }

    /**
     * A link whose nested term is not read as a term (the term is known otherwise, or the owner
     * keeps no terms): of the nested term only the taxonomy and, where the attribute names no
     * taxonomy_term_id, the id were read; the rest is dropped.
     */
    static void termNotRead(TermLink link) {
        if (link.nestedTerm() != null) {
            boolean idFromTerm = link.attribute().node().get("taxonomy_term_id") == null;
            link.nestedTerm().readOnly(idFromTerm ? new String[] {"taxonomy", "id"} : new String[] {"taxonomy"});
        }
    }
}
