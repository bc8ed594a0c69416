package fi.ekokartta.directory;

import fi.ekokartta.base.domain.LocalizedText;

import java.time.LocalDateTime;
import java.util.UUID;

/** A coming date of a public event of the vuosikello as the front page lists it. */
public record UpcomingEvent(UUID eventId, LocalizedText title, LocalDateTime start, String location) {
}
