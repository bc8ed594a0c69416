package fi.ekokartta.calendar;

import fi.ekokartta.base.domain.LocalizedText;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** A calendar event with all its fields as its own page shows them. */
public record EventDetails(UUID id, LocalizedText title, LocalizedText description, EventCategory category,
                           LocalDateTime start, LocalDateTime end, String recurrence, String location, String onlineUrl,
                           Named organizer, LocalizedText forumName, List<Named> participants, boolean publicEvent) {

    /** An actor by id and name. */
    public record Named(UUID id, LocalizedText name) {
    }
}
