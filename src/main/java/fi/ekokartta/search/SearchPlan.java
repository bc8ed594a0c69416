package fi.ekokartta.search;

import java.util.List;
import java.util.Set;

/**
 * How one index query is to be run: the query, its words (municipality names already taken out),
 * whether matching is relaxed (any word, typos tolerated) or strict (every word), which facets to
 * count, a facet whose own filter is left out so that its other values can be counted, and
 * whether matches come with their cards and highlighted snippets or as bare ids.
 */
public record SearchPlan(ServiceQuery query, List<String> words, boolean relaxed, Set<String> countedFacets,
                         String facetLeftOut, int offset, int limit, boolean withCards) {

    public boolean hasWords() {
        return !words.isEmpty();
    }
}
