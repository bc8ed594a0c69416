package fi.ekokartta.calendar;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.i18n.FinnishDates;
import net.fortuna.ical4j.model.Recur;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import fi.ekokartta.forum.ForumType;
import fi.ekokartta.forum.MeetingCalendar;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The vuosikello's events expanded into their dates: a rule (RFC 5545 RRULE, expanded by ical4j)
 * repeats an event at the same local time in Finland, across year boundaries and daylight saving
 * time; COUNT and UNTIL are honoured. An event whose rule cannot be read is shown once, on its
 * stored date, and the rule is logged. The public sees public events only; signed-in staff all.
 */
@Service
@Transactional(readOnly = true)
public class Occurrences {

    /** Finnish time, in which the events are kept. */
    public static final java.time.ZoneId ZONE = FinnishDates.FINNISH_TIME;
    private static final Logger LOG = LoggerFactory.getLogger(Occurrences.class);
    /** A runaway rule (FREQ=SECONDLY) stops here; ical4j counts from the event's first date. */
    private static final int MAX_PER_EVENT = 100_000;

    private static final Comparator<EventOccurrence> BY_START = Comparator.comparing(EventOccurrence::start)
            .thenComparing(occurrence -> occurrence.title().getFi(), Comparator.nullsLast(Comparator.naturalOrder()));

    private final CalendarEventRepository events;
    private final MeetingCalendar meetings;

    Occurrences(CalendarEventRepository events, MeetingCalendar meetings) {
        this.events = events;
        this.meetings = meetings;
    }

    /** Every occurrence starting on a day of the year, for whoever is signed in (public events only when nobody is). */
    public List<EventOccurrence> inYear(int year) {
        return between(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1), staffSignedIn());
    }

    /**
     * Occurrences starting from the first day up to (not including) the last, soonest first: the
     * events' and the forums' meetings (public, as the forum pages are). A meeting is left out when
     * an event of the same forum shown here occurs on its day (the seed has events for meetings).
     */
    public List<EventOccurrence> between(LocalDate from, LocalDate until, boolean internalToo) {
        List<EventOccurrence> found = new ArrayList<>();
        Set<String> forumDays = new HashSet<>();
        for (CalendarEvent event : events.findAll()) {
            if (internalToo || event.isPublicEvent()) {
                List<EventOccurrence> dates = occurrences(event, from, until);
                found.addAll(dates);
                if (event.getForum() != null) {
                    dates.forEach(date -> forumDays.add(event.getForum().getId() + "/" + date.date()));
                }
            }
        }
        if (until.isAfter(from)) {
            for (MeetingCalendar.CalendarMeeting meeting : meetings.meetingsBetween(from, until.minusDays(1))) {
                LocalDate day = meeting.start().toLocalDate();
                if (!day.isBefore(from) && day.isBefore(until) && !forumDays.contains(meeting.forumId() + "/" + day)) {
                    found.add(occurrence(meeting));
                }
            }
        }
        found.sort(BY_START);
        return found;
    }

    /** The category of a forum's meetings. */
    public static EventCategory category(ForumType type) {
        return switch (type) {
            case ECOSYSTEM_FORUM -> EventCategory.ECOSYSTEM_FORUM;
            case FORESIGHT_FORUM -> EventCategory.FORESIGHT_FORUM;
            case STEERING_GROUP -> EventCategory.STEERING_GROUP;
            case NETWORK -> EventCategory.NETWORK_MEETING;
        };
    }

    private static EventOccurrence occurrence(MeetingCalendar.CalendarMeeting meeting) {
        ZonedDateTime start = meeting.start().atZone(FinnishDates.FINNISH_TIME);
        ZonedDateTime end = meeting.end() == null ? null : meeting.end().atZone(FinnishDates.FINNISH_TIME);
        return new EventOccurrence(meeting.id(), LocalizedText.of(meeting.title()), category(meeting.forumType()), start, end,
                meeting.location(), null, null, null, true, false, EventOccurrence.Kind.MEETING);
    }

    /** The next public occurrences from today on, for the front page. */
    public List<EventOccurrence> upcomingPublic(int limit) {
        LocalDate today = FinnishDates.today();
        List<EventOccurrence> found = between(today, today.plusYears(2), false);
        return found.subList(0, Math.min(limit, found.size()));
    }

    /** An event with all its fields; an internal event only for signed-in staff. */
    public Optional<EventDetails> details(UUID id) {
        boolean staff = staffSignedIn();
        return events.findById(id).filter(event -> staff || event.isPublicEvent()).map(Occurrences::details);
    }

    /** Whether someone has signed in: staff see internal events too. */
    public static boolean staffSignedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /** The occurrences of one event starting within the days. */
    public static List<EventOccurrence> occurrences(CalendarEvent event, LocalDate from, LocalDate until) {
        Duration length = event.getEnd() == null ? null : Duration.between(event.getStart(), event.getEnd());
        Actor organizer = event.getOrganizer();
        LocalizedText organizerName = organizer == null ? null : organizer.getName();
        UUID organizerId = organizer == null ? null : organizer.getId();
        boolean recurring = event.getRecurrence() != null && !event.getRecurrence().isBlank();
        return starts(event.getStart(), event.getRecurrence(), from, until).stream()
                .map(start -> new EventOccurrence(event.getId(), event.getTitle(), event.getCategory(), start,
                        length == null ? null : start.plus(length), event.getLocation(), event.getOnlineUrl(),
                        organizerId, organizerName, event.isPublicEvent(), recurring, EventOccurrence.Kind.EVENT))
                .toList();
    }

    /**
     * The starts of an event beginning at a local time in Finland and repeating by a rule (none:
     * once), from the first day up to (not including) the last. The first date always counts, as
     * RFC 5545 has it, even when the rule would not produce it.
     */
    public static List<ZonedDateTime> starts(LocalDateTime start, String rule, LocalDate from, LocalDate until) {
        ZonedDateTime seed = start.atZone(FinnishDates.FINNISH_TIME);
        ZonedDateTime periodStart = from.atStartOfDay(FinnishDates.FINNISH_TIME);
        ZonedDateTime periodEnd = until.atStartOfDay(FinnishDates.FINNISH_TIME);
        List<ZonedDateTime> starts = new ArrayList<>();
        if (rule != null && !rule.isBlank()) {
            try {
                Recur<ZonedDateTime> recur = new Recur<>(rule.trim());
                for (ZonedDateTime date : recur.getDates(seed, periodStart, periodEnd.minusNanos(1), MAX_PER_EVENT)) {
                    // ical4j keeps the local time; the zone rules give the offset of that day
                    starts.add(date.toLocalDateTime().atZone(FinnishDates.FINNISH_TIME));
                }
            } catch (RuntimeException e) {
                LOG.warn("Calendar event starting {} has a rule that cannot be read, shown once: '{}' ({})", start, rule,
                        e.getMessage());
                starts.clear();
            }
        }
        if (!seed.isBefore(periodStart) && seed.isBefore(periodEnd) && !starts.contains(seed)) {
            starts.add(seed);
        }
        starts.removeIf(date -> date.isBefore(periodStart) || !date.isBefore(periodEnd));
        return starts.stream().distinct().sorted().toList();
    }

    private static EventDetails details(CalendarEvent event) {
        Actor organizer = event.getOrganizer();
        return new EventDetails(event.getId(), event.getTitle(), event.getDescription(), event.getCategory(),
                event.getStart(), event.getEnd(), event.getRecurrence(), event.getLocation(), event.getOnlineUrl(),
                organizer == null ? null : new EventDetails.Named(organizer.getId(), organizer.getName()),
                event.getForum() == null ? null : event.getForum().getName(),
                event.getParticipants().stream().map(actor -> new EventDetails.Named(actor.getId(), actor.getName()))
                        .sorted(Comparator.comparing(named -> named.name().getFi(), Comparator.nullsLast(Comparator.naturalOrder())))
                        .toList(),
                event.isPublicEvent());
    }
}
