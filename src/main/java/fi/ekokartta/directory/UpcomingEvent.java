package fi.ekokartta.directory;

import fi.ekokartta.base.domain.LocalizedText;

import java.time.LocalDateTime;

/** A public event of the vuosikello as the front page lists it. */
public record UpcomingEvent(LocalizedText title, LocalDateTime start, String location) {
}
