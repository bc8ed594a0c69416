package fi.ekokartta.search;

import fi.ekokartta.base.domain.SearchAnalyzers;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds the service query. Each word must match some field (strict) or may (relaxed); a field's
 * own analyzer handles stemming, compounds and synonyms, so a word is matched field by field,
 * with boosts ranking name over keywords over summary over description over the provider.
 * Several words are also matched as a phrase, for multi-word synonyms and words that belong together.
 */
public final class ServicePredicates {

    /** A field to match with its boost, and the query analyzer when not the field's own (null). */
    private record Weighted(String field, float boost, String analyzer) {

        Weighted(String field, float boost) {
            this(field, boost, null);
        }
    }

    private static final float PHRASE_BOOST = 2f;
    private static final int NAME_SLOP = 1;
    private static final int DESCRIPTION_SLOP = 2;
    private static final float STRICT_BOOST_WHEN_RELAXED = 4f;
    private static final int PREFIX_MIN_LENGTH = 4;
    private static final int FUZZY_MIN_LENGTH = 5;
    private static final int LONG_WORD = 8;

    private static final List<Weighted> TEXT_FIELDS = perLanguage(language -> List.of(
            new Weighted("name." + language, 6f),
            new Weighted(ServiceIndexFields.KEYWORDS + language, 4f),
            new Weighted("summary." + language, 2.5f),
            new Weighted(ServiceIndexFields.CONTEXT + language, 1.5f),
            new Weighted("description." + language, 1f, "fi".equals(language) ? SearchAnalyzers.FINNISH_LITERAL_QUERY : null)),
            new Weighted(ServiceIndexFields.PROVIDER_NAME, 0.8f));
    private static final List<Weighted> PREFIX_FIELDS = perLanguage(language -> List.of(
            new Weighted("name." + language + ServiceIndexFields.PREFIX_SUFFIX, 2f),
            new Weighted(ServiceIndexFields.KEYWORDS + language + ServiceIndexFields.PREFIX_SUFFIX, 1.5f),
            new Weighted("summary." + language + ServiceIndexFields.PREFIX_SUFFIX, 0.7f)));
    private static final List<Weighted> FOLDED_FIELDS = perLanguage(language -> List.of(
            new Weighted("name." + language + ServiceIndexFields.FOLDED_SUFFIX, 2f),
            new Weighted(ServiceIndexFields.KEYWORDS + language + ServiceIndexFields.FOLDED_SUFFIX, 1.5f),
            new Weighted("summary." + language + ServiceIndexFields.FOLDED_SUFFIX, 0.5f)));

    private ServicePredicates() {
    }

    public static PredicateFinalStep build(SearchPredicateFactory f, SearchPlan plan) {
        BooleanPredicateClausesStep<?, ?> root = f.bool();
        for (Map.Entry<String, Set<String>> filter : plan.query().filters().entrySet()) {
            if (!filter.getKey().equals(plan.facetLeftOut())) {
                root.filter(f.terms().field(filter.getKey()).matchingAny(filter.getValue()));
            }
        }
        if (!plan.hasWords()) {
            return root.must(f.matchAll());
        }
        PredicateFinalStep strict = allWords(f, plan);
        if (!plan.relaxed()) {
            return plan.words().size() > 1 ? root.must(strict).should(wholeText(f, plan)) : root.must(strict);
        }
        BooleanPredicateClausesStep<?, ?> relaxed = f.bool();
        relaxed.should(f.bool().must(strict).boost(STRICT_BOOST_WHEN_RELAXED));
        plan.words().forEach(word -> relaxed.should(word(f, word, isLast(plan, word))));
        plan.words().stream().filter(word -> word.length() >= FUZZY_MIN_LENGTH).forEach(word -> relaxed.should(fuzzy(f, word)));
        if (plan.words().size() > 1) {
            relaxed.should(wholeText(f, plan));
        }
        return root.must(relaxed.minimumShouldMatchNumber(1));
    }

    private static PredicateFinalStep allWords(SearchPredicateFactory f, SearchPlan plan) {
        BooleanPredicateClausesStep<?, ?> all = f.bool();
        plan.words().forEach(word -> all.must(word(f, word, isLast(plan, word))));
        return all;
    }

    /**
     * Only the last word is also matched as the start of a longer word: it is the one still being
     * typed, the words before it are whole (as in Elasticsearch's bool_prefix). Prefix clauses for
     * every word made the API's p95 under load a fifth to a third longer, for 0.001 of the
     * relevance set's nDCG@10 (0.939 against 0.938).
     */
    private static boolean isLast(SearchPlan plan, String word) {
        return word.equals(plan.words().getLast());
    }

    /** One word in any text field: exact analysis, or (when asked) as the start of a longer word. */
    private static PredicateFinalStep word(SearchPredicateFactory f, String word, boolean asPrefix) {
        BooleanPredicateClausesStep<?, ?> any = f.bool();
        for (Weighted field : TEXT_FIELDS) {
            var match = f.match().field(field.field()).matching(word).minimumShouldMatchPercent(100);
            any.should((field.analyzer() == null ? match : match.analyzer(field.analyzer())).boost(field.boost()));
        }
        if (asPrefix && word.length() >= PREFIX_MIN_LENGTH) {
            for (Weighted field : PREFIX_FIELDS) {
                any.should(f.match().field(field.field()).matching(word).boost(field.boost()));
            }
        }
        return any.minimumShouldMatchNumber(1);
    }

    /** A misspelt word of five letters or more: one edit, two in long words; first two letters kept (fewer terms to try). */
    private static PredicateFinalStep fuzzy(SearchPredicateFactory f, String word) {
        BooleanPredicateClausesStep<?, ?> any = f.bool();
        int edits = word.length() < LONG_WORD ? 1 : 2;
        for (Weighted field : FOLDED_FIELDS) {
            any.should(f.match().field(field.field()).matching(word).fuzzy(edits, 2).boost(field.boost()));
        }
        return any.minimumShouldMatchNumber(1);
    }

    /**
     * Several words as a phrase in the name (next to each other) or the description (near each
     * other), which also applies multi-word synonyms. Matching the whole text word by word in the
     * name and keywords as well walked the same postings a second time for every multi-word query
     * (a tenth more CPU per query on 100 000 services) and ranked no better: nDCG@10 0.938 with
     * it, 0.941 without.
     */
    private static PredicateFinalStep wholeText(SearchPredicateFactory f, SearchPlan plan) {
        String text = String.join(" ", plan.words());
        BooleanPredicateClausesStep<?, ?> any = f.bool();
        for (String language : ServiceIndexFields.LANGUAGES) {
            any.should(f.phrase().field("name." + language).matching(text).slop(NAME_SLOP).boost(PHRASE_BOOST * 3));
            var phrase = f.phrase().field("description." + language).matching(text).slop(DESCRIPTION_SLOP);
            any.should(("fi".equals(language) ? phrase.analyzer(SearchAnalyzers.FINNISH_LITERAL_QUERY) : phrase).boost(PHRASE_BOOST));
        }
        return any;
    }

    private static List<Weighted> perLanguage(Function<String, List<Weighted>> fields, Weighted... others) {
        List<Weighted> all = new ArrayList<>();
        ServiceIndexFields.LANGUAGES.forEach(language -> all.addAll(fields.apply(language)));
        all.addAll(List.of(others));
        return List.copyOf(all);
    }
}
