package fi.ekokartta.search;

import java.util.List;
import java.util.Map;

/**
 * What one index query found: the page of matches, the total, the facet counts (facet field to
 * value to number of services), and whether the search's time ran out (then the matches are the
 * best found until then, and the total and counts cover only what was searched).
 */
public record ServiceMatches(List<ServiceMatch> matches, long total, Map<String, Map<String, Long>> facets,
                             boolean timedOut) {
}
