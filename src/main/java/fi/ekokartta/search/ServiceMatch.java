package fi.ekokartta.search;

import java.util.UUID;

/**
 * One service found, with its relevance score, a highlighted snippet (HTML-escaped, &lt;mark&gt;
 * tags) and its stored card in the reader's language (JSON of {@link IndexedCard}).
 */
public record ServiceMatch(UUID id, float score, String snippet, String card) {
}
