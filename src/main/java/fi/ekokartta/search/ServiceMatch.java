package fi.ekokartta.search;

import java.util.UUID;

/** One service found, with its relevance score and a highlighted snippet (HTML-escaped, &lt;mark&gt; tags). */
public record ServiceMatch(UUID id, float score, String snippet) {
}
