package fi.ekokartta.exchange.ptv;

import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Our service classes and target groups as HSDS taxonomy terms, by code: imported services link
 * to them by id, so the import pipeline finds the terms that already exist.
 */
public final class PtvVocabulary {

    /** One of our taxonomy terms. */
    public record Term(UUID id, String code, String name, String taxonomy) {
    }

    private final Map<String, Term> terms = new HashMap<>();

    public PtvVocabulary add(Term term) {
        terms.put(key(term.taxonomy(), term.code()), term);
        return this;
    }

    /** The terms of an HSDS taxonomy_term list (seed-data/hsds/taxonomy_terms.json). */
    public static PtvVocabulary fromHsdsTerms(JsonNode termList) {
        PtvVocabulary vocabulary = new PtvVocabulary();
        for (JsonNode term : termList) {
            if (term.hasNonNull("id") && term.hasNonNull("code") && term.hasNonNull("taxonomy")) {
                vocabulary.add(new Term(UUID.fromString(term.get("id").asString()), term.get("code").asString(),
                        term.path("name").asString(""), term.get("taxonomy").asString()));
            }
        }
        return vocabulary;
    }

    public Optional<Term> serviceClass(String code) {
        return Optional.ofNullable(terms.get(key(PtvMapping.CLASS_TAXONOMY, code)));
    }

    public Optional<Term> targetGroup(String code) {
        return Optional.ofNullable(terms.get(key(PtvMapping.TARGET_GROUP_TAXONOMY, code)));
    }

    private static String key(String taxonomy, String code) {
        return taxonomy + "/" + code;
    }
}
