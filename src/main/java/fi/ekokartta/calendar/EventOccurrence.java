package fi.ekokartta.calendar;

import fi.ekokartta.base.domain.LocalizedText;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * One date of a calendar event, its recurrence expanded: when it starts and ends in Finnish time
 * (Europe/Helsinki), and what the views show of the event.
 *
 * @param eventId       the calendar event's id, or the forum meeting's when kind is MEETING
 * @param end           null when the event has no end (a deadline)
 * @param organizerName null when nobody is named as organizer
 * @param kind          a calendar event, or a forum meeting shown in the vuosikello (its page is the meeting's)
 */
public record EventOccurrence(UUID eventId, LocalizedText title, EventCategory category, ZonedDateTime start,
                              ZonedDateTime end, String location, String onlineUrl, UUID organizerId,
                              LocalizedText organizerName, boolean publicEvent, boolean recurring,
                              Kind kind) {

    /** What an occurrence is of, and so where its page is. */
    public enum Kind {
        /** A vuosikello event: /vuosikello/tapahtuma/{id}?pvm={date}. */
        EVENT,
        /** A meeting of a forum, created in the forum pages: /foorumit/kokous/{id}. */
        MEETING
    }

    /** The address of the occurrence's own page, relative to the application's root (no leading slash). */
    public String link() {
        return kind == Kind.MEETING ? MEETING_PAGE + eventId : EVENT_PAGE + eventId + "?pvm=" + date();
    }

    /** The pages' addresses without the id. */
    public static final String EVENT_PAGE = "vuosikello/tapahtuma/";
    public static final String MEETING_PAGE = "foorumit/kokous/";

    public LocalDate date() {
        return start.toLocalDate();
    }

    /** A deadline or all-day mark: it starts at midnight, so no time is shown. */
    public boolean allDay() {
        return start.toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
    }
}
