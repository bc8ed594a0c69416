package fi.ekokartta.directory;

import fi.ekokartta.base.domain.LocalizedText;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A coming date of a public event of the vuosikello (or a forum's meeting) as the front page lists it.
 *
 * @param link its page relative to the root: the event's, or the meeting's (foorumit/kokous/{id})
 */
public record UpcomingEvent(UUID eventId, LocalizedText title, LocalDateTime start, String location, String link) {
}
