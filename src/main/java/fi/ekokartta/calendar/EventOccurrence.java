package fi.ekokartta.calendar;

import fi.ekokartta.base.domain.LocalizedText;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * One date of a calendar event, its recurrence expanded: when it starts and ends in Finnish time
 * (Europe/Helsinki), and what the views show of the event.
 *
 * @param end           null when the event has no end (a deadline)
 * @param organizerName null when nobody is named as organizer
 */
public record EventOccurrence(UUID eventId, LocalizedText title, EventCategory category, ZonedDateTime start,
                              ZonedDateTime end, String location, String onlineUrl, UUID organizerId,
                              LocalizedText organizerName, boolean publicEvent, boolean recurring) {

    public LocalDate date() {
        return start.toLocalDate();
    }

    /** A deadline or all-day mark: it starts at midnight, so no time is shown. */
    public boolean allDay() {
        return start.toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
    }
}
