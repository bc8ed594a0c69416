package fi.ekokartta.search;

import org.apache.lucene.search.BoostQuery;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Builds the service query. Each word must match some field (strict) or may (relaxed); a field's
 * own analyzer handles stemming, compounds and synonyms, so a word is matched field by field,
 * with boosts ranking name over keywords over summary over description over the provider.
 * Several words are also matched as a phrase, for multi-word synonyms and words that belong together.
 */
public final class ServicePredicates {

    /**
     * A field to match with its boost, the query analyzer when not the field's own (null), and
     * whether the field's own query analyzer applies the synonym list (the Finnish fields).
     */
    private record Weighted(String field, float boost, String analyzer, boolean synonyms) {

        Weighted(String field, float boost) {
            this(field, boost, null, false);
        }

        /** The analyzer for a word that is matched without synonyms, or null for the field's own. */
        String analyzer(boolean withSynonyms) {
            return synonyms && !withSynonyms ? SearchAnalyzers.FINNISH_LITERAL_QUERY : analyzer;
        }
    }

    private static final float PHRASE_BOOST = 2f;
    private static final int NAME_SLOP = 1;
    private static final int DESCRIPTION_SLOP = 2;
    private static final int PREFIX_MIN_LENGTH = 4;
    private static final int FUZZY_MIN_LENGTH = 5;
    /** Longer words are not tried as misspelt: Lucene's automaton for a word of 500 letters took seconds to build. */
    private static final int FUZZY_MAX_LENGTH = 30;
    private static final int LONG_WORD = 8;
    /**
     * The last resort of a relaxed search: a word's letter trigrams, most of them, in the names
     * and keywords of any language (short texts: in a long one, most trigrams of any word occur somewhere) (as Helsinki's service map falls back on trigram
     * similarity), weighing little against any word match.
     */
    private static final int TRIGRAM_MIN_LENGTH = 5;
    private static final int TRIGRAM_SHARE = 60;
    private static final float TRIGRAM_WEIGHT = 0.3f;
    /** How much a word's stem as the start of a longer word weighs against the word itself as a start. */
    private static final float STEM_PREFIX_WEIGHT = 0.25f;
    /** How much a compound word's parts found apart weigh against the word itself. */
    private static final float COMPOUND_PARTS_WEIGHT = 0.6f;

    /**
     * Bounds of the clauses a query is built of, so that the longest query allowed
     * ({@link SearchLimits}) stays below Lucene's 1 024 clauses whatever its words are (checked by
     * {@code ServicePredicatesClausesTest}). A word is a clause in each of 16 fields; the synonym
     * list turns a word into up to 20 clauses in each of the five Finnish fields (105 in all for
     * "talousneuvonta"), so it is applied to the first {@value #SYNONYM_WORDS} words only (words
     * counted as {@link SearchLimits} counts them); a phrase applies synonyms only to two words (Lucene builds one
     * phrase for every combination of the words' synonyms: four synonym-rich words exceeded the
     * limit); a misspelt word is tried against at most a few similar words of the index in each
     * field, and only in short queries.
     */
    static final int SYNONYM_WORDS = 5;
    static final int SYNONYM_PHRASE_WORDS = 2;
    static final int FUZZY_WORDS = 4;
    static final int COMPOUND_WORDS = 2;
    static final int FUZZY_QUERY_WORDS = 8;
    static final int FUZZY_EXPANSIONS = 10;
    /** Issue 15: bounds of the coordinators' alternatives ({@link #orAlternatives}). */
    static final int ALTERNATIVE_QUERY_WORDS = 3;
    static final int MAX_ALTERNATIVES = 5;
    static final int ALTERNATIVE_WORD_BUDGET = 8;
    private static final float ALTERNATIVE_BOOST = 0.8f;

    private static final List<Weighted> TEXT_FIELDS = perLanguage(language -> List.of(
            new Weighted("name." + language, 6f, null, "fi".equals(language)),
            new Weighted(ServiceIndexFields.KEYWORDS + language, 4f, null, "fi".equals(language)),
            new Weighted("summary." + language, 2.5f, null, "fi".equals(language)),
            new Weighted(ServiceIndexFields.CONTEXT + language, 1.5f, null, "fi".equals(language)),
            new Weighted("description." + language, 1f, "fi".equals(language) ? SearchAnalyzers.FINNISH_LITERAL_QUERY : null, false)),
            new Weighted(ServiceIndexFields.PROVIDER_NAME, 0.8f, null, true));
    /** What a service is about: the text fields without its description and provider. */
    private static final List<Weighted> TOPIC_FIELDS = TEXT_FIELDS.stream()
            .filter(field -> !field.field().startsWith("description.") && !field.field().equals(ServiceIndexFields.PROVIDER_NAME))
            .toList();
    private static final List<Weighted> PREFIX_FIELDS = perLanguage(language -> List.of(
            new Weighted("name." + language + ServiceIndexFields.PREFIX_SUFFIX, 2f),
            new Weighted(ServiceIndexFields.KEYWORDS + language + ServiceIndexFields.PREFIX_SUFFIX, 1.5f),
            new Weighted("summary." + language + ServiceIndexFields.PREFIX_SUFFIX, 0.7f)));
    private static final List<Weighted> FINNISH_TEXT_FIELDS = TEXT_FIELDS.stream()
            .filter(field -> field.field().endsWith(".fi") || field.field().endsWith("_fi") && !field.field().startsWith(ServiceIndexFields.CONTEXT))
            .toList();
    /** Stems are Finnish stems ({@link StemPrefix}): matched as starts of words in the Finnish texts only. */
    private static final List<Weighted> FINNISH_PREFIX_FIELDS = PREFIX_FIELDS.stream()
            .filter(field -> field.field().contains(".fi_") || field.field().contains("_fi_")).toList();
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
        if (plan.within() != null) {
            root.filter(f.id().matchingAny(plan.within()));
        }
        if (!plan.hasWords()) {
            return root.must(f.matchAll());
        }
        if (plan.matching() == SearchPlan.Matching.EVERY_WORD_IN_TOPIC) {
            BooleanPredicateClausesStep<?, ?> all = f.bool();
            eachWord(f, plan, TOPIC_FIELDS, all::must);
            return root.must(all);
        }
        if (!plan.relaxed()) {
            BooleanPredicateClausesStep<?, ?> all = f.bool();
            eachWord(f, plan, TEXT_FIELDS, all::must);
            return plan.words().size() > 1 ? root.must(all).should(wholeText(f, plan)) : root.must(all);
        }
        BooleanPredicateClausesStep<?, ?> relaxed = f.bool();
        eachWord(f, plan, TEXT_FIELDS, relaxed::should);
        if (plan.words().size() <= FUZZY_QUERY_WORDS && plan.matching() != SearchPlan.Matching.SOME_WORDS) {
            plan.words().stream().filter(word -> word.length() >= FUZZY_MIN_LENGTH && word.length() <= FUZZY_MAX_LENGTH)
                    .limit(FUZZY_WORDS)
                    .forEach(word -> relaxed.should(fuzzy(f, word)));
            plan.words().stream().filter(word -> plan.matching() == SearchPlan.Matching.ANY_WORD_OR_LETTERS)
                    .filter(word -> word.length() >= TRIGRAM_MIN_LENGTH && word.length() <= FUZZY_MAX_LENGTH)
                    .limit(FUZZY_WORDS)
                    .forEach(word -> relaxed.should(f.match().field(ServiceIndexFields.TRIGRAMS).matching(word)
                            .minimumShouldMatch().ifMoreThan(1).thenRequirePercent(TRIGRAM_SHARE).end()
                            .boost(TRIGRAM_WEIGHT)));
        }
        if (plan.words().size() > 1) {
            relaxed.should(wholeText(f, plan));
        }
        return root.must(relaxed.minimumShouldMatchNumber(1));
    }

    /**
     * Relaxed matching is tried only when no service matched every word, so it needs no clause
     * for "every word" of its own: services that match more words rank higher anyway.
     */
    private static void eachWord(SearchPredicateFactory f, SearchPlan plan, List<Weighted> fields,
                                 Consumer<PredicateFinalStep> add) {
        List<String> words = plan.words();
        int counted = 0;
        int split = 0;
        for (int i = 0; i < words.size(); i++) {
            counted += SearchLimits.words(words.get(i));
            boolean first = counted <= SYNONYM_WORDS;
            PredicateFinalStep word = orAlternatives(f, plan, i, word(f, words.get(i), fields, i == words.size() - 1, first,
                    first && !plan.wordFacts().common().contains(words.get(i))), fields);
            List<String> parts = split < COMPOUND_WORDS ? plan.wordFacts().compounds().getOrDefault(words.get(i), List.of())
                    : List.of();
            split += parts.isEmpty() ? 0 : 1;
            add.accept(parts.isEmpty() ? word : f.bool().should(word).should(parts(f, parts)));
        }
    }

    /**
     * A compound word as its parts ({@link CompoundSplitter}), each part in any Finnish text field
     * (the parts are Finnish words, found in the Finnish fields), all parts required, ranked below
     * the word itself; in the first {@value #COMPOUND_WORDS} compound words of a query.
     */
    private static PredicateFinalStep parts(SearchPredicateFactory f, List<String> parts) {
        BooleanPredicateClausesStep<?, ?> all = f.bool();
        parts.forEach(part -> all.must(word(f, part, FINNISH_TEXT_FIELDS, false, false, false)));
        return all.boost(COMPOUND_PARTS_WEIGHT);
    }

    /**
     * Issue 15: a word with the coordinators' alternatives matches as itself or as any of them,
     * an alternative ranking a little lower; an alternative of several words matches as all of
     * its words. Only the first {@value #ALTERNATIVE_QUERY_WORDS} words are expanded, each with
     * at most {@value #MAX_ALTERNATIVES} alternatives and, in all, at most
     * {@value #ALTERNATIVE_WORD_BUDGET} words of alternatives (each a clause in every field, and
     * without the synonym list), so that the clause bound above still holds.
     */
    private static PredicateFinalStep orAlternatives(SearchPredicateFactory f, SearchPlan plan, int index, PredicateFinalStep word,
                                                     List<Weighted> fields) {
        List<String> alternatives = plan.alternatives().getOrDefault(plan.words().get(index), List.of());
        if (alternatives.isEmpty() || index >= ALTERNATIVE_QUERY_WORDS) {
            return word;
        }
        int budget = ALTERNATIVE_WORD_BUDGET;
        for (int i = 0; i < index; i++) {
            budget -= plan.alternatives().getOrDefault(plan.words().get(i), List.of()).stream().limit(MAX_ALTERNATIVES)
                    .mapToInt(alternative -> StopWords.without(SpellingSuggester.words(alternative)).size()).sum();
        }
        BooleanPredicateClausesStep<?, ?> any = f.bool().should(word);
        for (String alternative : alternatives.stream().limit(MAX_ALTERNATIVES).toList()) {
            List<String> alternativeWords = StopWords.without(SpellingSuggester.words(alternative));
            budget -= alternativeWords.size();
            if (alternativeWords.isEmpty() || budget < 0) {
                break;
            }
            BooleanPredicateClausesStep<?, ?> all = f.bool();
            alternativeWords.forEach(alternativeWord -> all.must(word(f, alternativeWord, fields, false, false, false)));
            any.should(all.boost(ALTERNATIVE_BOOST));
        }
        return any.minimumShouldMatchNumber(1);
    }

    /**
     * One word in any text field: exact analysis, or (when asked) as the start of a longer word.
     * Only the last word is also matched as it is typed as the start of a longer word: it is the
     * one still being typed, the words before it are whole (as in Elasticsearch's bool_prefix).
     * The first words of a query (those matched with synonyms, {@value #SYNONYM_WORDS}) are also
     * matched by their stem as the start of longer words ({@link StemPrefix}), at a low weight:
     * the inflected and derived forms and the compounds that begin with the word. Words after
     * them, a compound's parts and coordinators' alternatives are matched without, which keeps
     * the clause bound, and so are words that many services use as typed
     * ({@link CompoundSplitter.WordFacts#common()}): on 100 000 services the stems of such words
     * raised the p95 of a search from 19 to 22 ms and found no further service.
     */
    private static PredicateFinalStep word(SearchPredicateFactory f, String word, List<Weighted> fields, boolean asPrefix,
                                           boolean withSynonyms, boolean byStem) {
        BooleanPredicateClausesStep<?, ?> any = f.bool();
        for (Weighted field : fields) {
            var match = f.match().field(field.field()).matching(word).minimumShouldMatchPercent(100);
            String analyzer = field.analyzer(withSynonyms);
            any.should((analyzer == null ? match : match.analyzer(analyzer)).boost(field.boost()));
        }
        if (asPrefix && word.length() >= PREFIX_MIN_LENGTH) {
            for (Weighted field : PREFIX_FIELDS) {
                any.should(f.match().field(field.field()).matching(word).boost(field.boost()));
            }
        }
        String stem = byStem ? StemPrefix.of(word) : null;
        if (stem != null && !(asPrefix && Folding.fold(word).startsWith(stem))) {
            for (Weighted field : FINNISH_PREFIX_FIELDS) {
                any.should(f.match().field(field.field()).matching(stem).constantScore().boost(field.boost() * STEM_PREFIX_WEIGHT));
            }
        }
        return any.minimumShouldMatchNumber(1);
    }

    /**
     * A misspelt word of five letters or more: one edit, two in long words; first two letters kept
     * (fewer terms to try). On Lucene at most {@value #FUZZY_EXPANSIONS} similar words of the index
     * are tried per field (Lucene's own default, 50, would let one word become 450 clauses).
     */
    private static PredicateFinalStep fuzzy(SearchPredicateFactory f, String word) {
        BooleanPredicateClausesStep<?, ?> any = f.bool();
        int edits = word.length() < LONG_WORD ? 1 : 2;
        for (Weighted field : FOLDED_FIELDS) {
            any.should(f.extension()
                    .ifSupported(LuceneExtension.get(), lucene -> lucene.fromLuceneQuery(new BoostQuery(
                            BoundedFuzzy.query(field.field(), word, edits, FUZZY_EXPANSIONS), field.boost())))
                    .orElse(generic -> generic.match().field(field.field()).matching(word).fuzzy(edits, 2).boost(field.boost())));
        }
        return any.minimumShouldMatchNumber(1);
    }

    /**
     * Several words as a phrase in the name (next to each other) or the description (near each
     * other), which also applies multi-word synonyms when the words are few enough to be one (at
     * most {@value #SYNONYM_PHRASE_WORDS}). Matching the whole text word by word in the
     * name and keywords as well walked the same postings a second time for every multi-word query
     * (a tenth more CPU per query on 100 000 services) and ranked no better: nDCG@10 0.938 with
     * it, 0.941 without.
     */
    private static PredicateFinalStep wholeText(SearchPredicateFactory f, SearchPlan plan) {
        String text = String.join(" ", plan.words());
        boolean synonyms = plan.words().size() <= SYNONYM_PHRASE_WORDS;
        BooleanPredicateClausesStep<?, ?> any = f.bool();
        for (String language : ServiceIndexFields.LANGUAGES) {
            var name = f.phrase().field("name." + language).matching(text);
            any.should(("fi".equals(language) && !synonyms ? name.analyzer(SearchAnalyzers.FINNISH_LITERAL_QUERY) : name)
                    .slop(NAME_SLOP).boost(PHRASE_BOOST * 3));
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
