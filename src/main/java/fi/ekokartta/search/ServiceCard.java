package fi.ekokartta.search;

import fi.ekokartta.offering.AccessMode;

import java.util.List;
import java.util.UUID;

/**
 * A search result as a counsellor scans it: what, who provides it, where, how the client gets
 * there, and why it matched (a highlighted snippet, HTML-escaped with &lt;mark&gt; tags).
 *
 * @param translated false when the texts fall back to Finnish for the reader's language
 */
public record ServiceCard(UUID id, String name, String providerName, List<String> municipalities, AccessMode access,
                          String howToGetThere, String summary, String snippet, boolean translated) {
}
