package fi.ekokartta.search;

import java.util.UUID;

/** One service found, with its relevance score and, when asked for, its stored card (JSON of {@link IndexedCard}). */
public record ServiceMatch(UUID id, float score, String card) {
}
