package fi.ekokartta.search;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * How one index query is to be run: the query, its words (municipality names already taken out),
 * whether matching is relaxed (any word, typos tolerated) or strict (every word), which facets to
 * count, a facet whose own filter is left out so that its other values can be counted, and
 * whether matches come with their cards and highlighted snippets or as bare ids.
 *
 * @param timeLimit how long the index may be searched; when it is reached, the best matches
 *                  found so far are returned (null: no limit)
 */
public record SearchPlan(ServiceQuery query, List<String> words, boolean relaxed, Set<String> countedFacets,
                         String facetLeftOut, int offset, int limit, boolean withCards,
                         Duration timeLimit) {

    public boolean hasWords() {
        return !words.isEmpty();
    }
}
