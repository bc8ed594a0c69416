package fi.ekokartta.search;

import java.util.List;
import java.util.Map;

/**
 * What one index query found: the page of matches, the total, and the facet counts (facet field
 * to value to number of services).
 */
public record ServiceMatches(List<ServiceMatch> matches, long total, Map<String, Map<String, Long>> facets) {
}
