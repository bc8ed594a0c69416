package fi.ekokartta.search;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * How one index query is to be run: the query, its words (municipality names already taken out),
 * how the words must match, which facets to count, a facet whose own filter is left out so that
 * its other values can be counted, and whether matches come with their cards and highlighted
 * snippets or as bare ids.
 *
 * @param timeLimit    how long the index may be searched; when it is reached, the best matches
 *                     found so far are returned (null: no limit)
 * @param within       the services to search among (null: all published services)
 * @param alternatives the coordinators' alternatives of a word of the plan, matched as well as it
 *                     (filled in just before the index is searched, empty by default)
 * @param wordFacts    what the index's vocabulary says of the words ({@link CompoundSplitter}):
 *                     the compounds' parts and the common words (filled in like the alternatives)
 */
public record SearchPlan(ServiceQuery query, List<String> words, Matching matching, Set<String> countedFacets,
                         String facetLeftOut, int offset, int limit, boolean withCards, Duration timeLimit,
                         Set<UUID> within, Map<String, List<String>> alternatives, CompoundSplitter.WordFacts wordFacts) {

    public SearchPlan {
        alternatives = alternatives == null ? Map.of() : Map.copyOf(alternatives);
        wordFacts = wordFacts == null ? CompoundSplitter.WordFacts.NONE : wordFacts;
    }

    public SearchPlan(ServiceQuery query, List<String> words, Matching matching, Set<String> countedFacets,
                      String facetLeftOut, int offset, int limit, boolean withCards, Duration timeLimit, Set<UUID> within) {
        this(query, words, matching, countedFacets, facetLeftOut, offset, limit, withCards, timeLimit, within, Map.of(),
                null);
    }

    public SearchPlan(ServiceQuery query, List<String> words, boolean relaxed, Set<String> countedFacets, String facetLeftOut,
                      int offset, int limit, boolean withCards, Duration timeLimit) {
        this(query, words, relaxed ? Matching.ANY_WORD : Matching.EVERY_WORD, countedFacets, facetLeftOut, offset, limit,
                withCards, timeLimit, null);
    }

    /** This plan with the words' alternatives. */
    public SearchPlan withAlternatives(Map<String, List<String>> wordAlternatives) {
        return new SearchPlan(query, words, matching, countedFacets, facetLeftOut, offset, limit, withCards, timeLimit, within,
                wordAlternatives, wordFacts);
    }

    /** This plan with what the index's vocabulary says of its words. */
    public SearchPlan withWordFacts(CompoundSplitter.WordFacts facts) {
        return new SearchPlan(query, words, matching, countedFacets, facetLeftOut, offset, limit, withCards, timeLimit, within,
                alternatives, facts);
    }

    /** How the words of a plan must match a service. */
    public enum Matching {
        /** Every word in some field. */
        EVERY_WORD,
        /** Any word, typos tolerated; services matching more words rank higher. */
        ANY_WORD,
        /**
         * Any word as it is spelt, no typos tried: the services that follow the few matching
         * every word ({@code ServiceSearch}), whose words the index already has.
         */
        SOME_WORDS,
        /**
         * As {@link #ANY_WORD}, and most of a word's letter trigrams as the last resort: for a
         * search that no service matched every word of (trigrams are costly on a large index).
         */
        ANY_WORD_OR_LETTERS,
        /** Every word in what the service is about: its name, keywords, summary, classes or target groups. */
        EVERY_WORD_IN_TOPIC
    }

    public boolean hasWords() {
        return !words.isEmpty();
    }

    public boolean relaxed() {
        return matching != Matching.EVERY_WORD && matching != Matching.EVERY_WORD_IN_TOPIC;
    }
}
