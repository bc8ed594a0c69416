package fi.ekokartta.calendar;

import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.i18n.FinnishDates;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The vuosikello as an iCalendar file (RFC 5545) that Outlook and other calendars subscribe to:
 * one VEVENT per event, its rule passed on as RRULE, times in Finnish time (TZID=Europe/Helsinki
 * with its VTIMEZONE) so that a 10 o'clock meeting stays at 10 through daylight saving time.
 * ical4j writes the file, folding long lines as the standard requires.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeed {

    public static final String PRODUCT = "-//Ekokartta//Vuosikello//FI";
    private static final Logger LOG = LoggerFactory.getLogger(CalendarFeed.class);

    /** The feed's forum meetings: from two years back to two years ahead (events are all written, with their rules). */
    static final int MEETING_YEARS = 2;

    private final CalendarEventRepository events;
    private final Occurrences occurrences;
    private final VTimeZone finnishTime;

    CalendarFeed(CalendarEventRepository events, Occurrences occurrences) {
        this.events = events;
        this.occurrences = occurrences;
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        this.finnishTime = registry.getTimeZone(FinnishDates.FINNISH_TIME.getId()).getVTimeZone();
    }

    /**
     * The feed of the categories given (none: all), public events only unless staff asks.
     *
     * The forums' meetings of the last and next {@value #MEETING_YEARS} years come too, each once
     * (UID meeting-{id}@ekokartta, URL its meeting page), unless the vuosikello has an event of the
     * same forum that day, as in the vuosikello itself.
     *
     * @param root the application's public address ending with a slash ("https://host/"); the
     *             pages of events and meetings are under it
     */
    public String write(List<EventCategory> categories, boolean internalToo, Locale language, String root,
                        String name) {
        List<CalendarEvent> chosen = events.findAll().stream()
                .filter(event -> internalToo || event.isPublicEvent())
                .filter(event -> categories.isEmpty() || categories.contains(event.getCategory()))
                .sorted(Comparator.comparing(CalendarEvent::getStart).thenComparing(CalendarEvent::getId))
                .toList();
        LocalDate today = FinnishDates.today();
        List<EventOccurrence> meetings = occurrences.between(today.minusYears(MEETING_YEARS), today.plusYears(MEETING_YEARS),
                        internalToo).stream()
                .filter(occurrence -> occurrence.kind() == EventOccurrence.Kind.MEETING)
                .filter(occurrence -> categories.isEmpty() || categories.contains(occurrence.category()))
                .toList();
        return write(chosen, meetings, language, root, name);
    }

    /** One event alone, for "add to calendar". */
    public Optional<String> writeOne(UUID id, boolean internalToo, Locale language, String root) {
        return events.findById(id).filter(event -> internalToo || event.isPublicEvent())
                .map(event -> write(List.of(event), List.of(), language, root, event.getTitle().get(language)));
    }

    private String write(List<CalendarEvent> chosen, List<EventOccurrence> meetings, Locale language, String root,
                         String name) {
        Calendar calendar = new Calendar()
                .add(new ProdId(PRODUCT))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(new XProperty("X-WR-CALNAME", name))
                .add(new XProperty("X-WR-TIMEZONE", FinnishDates.FINNISH_TIME.getId()));
        calendar.add(finnishTime);
        Instant stamp = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (CalendarEvent event : chosen) {
            calendar.add(event(event, language, root + EventOccurrence.EVENT_PAGE, stamp));
        }
        for (EventOccurrence meeting : meetings) {
            calendar.add(meeting(meeting, language, root, stamp));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("the calendar feed did not validate", e);
        }
        return foldByOctets(out.toString());
    }

    /**
     * RFC 5545 3.1: content lines are folded so that none is longer than 75 octets. ical4j folds
     * by characters, and ä is two octets in UTF-8; so its lines are unfolded and folded again by
     * octets, never within a character.
     */
    static String foldByOctets(String ics) {
        String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
        StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 60);
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = new String(Character.toChars(codePoint)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                if (octets + size > 75) {
                    folded.append("\r\n ");
                    octets = 1;
                }
                folded.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            folded.append("\r\n");
        }
        return folded.toString();
    }

    private VEvent event(CalendarEvent event, Locale language, String pageAddress, Instant stamp) {
        ZonedDateTime start = event.getStart().atZone(FinnishDates.FINNISH_TIME);
        VEvent vevent = new VEvent(false);
        vevent.add(new Uid(event.getId() + "@ekokartta"));
        vevent.add(new DtStamp(stamp));
        vevent.add(new DtStart<>(start));
        if (event.getEnd() != null) {
            vevent.add(new DtEnd<>(event.getEnd().atZone(FinnishDates.FINNISH_TIME)));
        }
        String rule = event.getRecurrence();
        if (rule != null && !rule.isBlank()) {
            try {
                vevent.add(new RRule<>(rule.trim()));
            } catch (RuntimeException e) {
                LOG.warn("Calendar event {} has a rule that cannot be read, written without it: '{}'", event.getId(), rule);
            }
        }
        vevent.add(new Summary(text(event.getTitle(), language)));
        String description = text(event.getDescription(), language);
        if (event.getOrganizer() != null) {
            String organizer = event.getOrganizer().getName().get(language);
            description = description.isBlank() ? organizer : description + "\n\n" + organizer;
        }
        if (!description.isBlank()) {
            vevent.add(new Description(description));
        }
        String location = join(event.getLocation(), event.getOnlineUrl());
        if (!location.isBlank()) {
            vevent.add(new Location(location));
        }
        vevent.add(new Url(URI.create(pageAddress + event.getId())));
        vevent.add(new Categories(event.getCategory().name()));
        return vevent;
    }

    private VEvent meeting(EventOccurrence meeting, Locale language, String root, Instant stamp) {
        VEvent vevent = new VEvent(false);
        vevent.add(new Uid("meeting-" + meeting.eventId() + "@ekokartta"));
        vevent.add(new DtStamp(stamp));
        vevent.add(new DtStart<>(meeting.start()));
        if (meeting.end() != null) {
            vevent.add(new DtEnd<>(meeting.end()));
        }
        vevent.add(new Summary(text(meeting.title(), language)));
        if (meeting.location() != null && !meeting.location().isBlank()) {
            vevent.add(new Location(meeting.location()));
        }
        vevent.add(new Url(URI.create(root + meeting.link())));
        vevent.add(new Categories(meeting.category().name()));
        return vevent;
    }

    private static String text(LocalizedText text, Locale language) {
        String value = text == null ? null : text.get(language);
        return value == null ? "" : value;
    }

    private static String join(String location, String onlineUrl) {
        boolean place = location != null && !location.isBlank();
        boolean online = onlineUrl != null && !onlineUrl.isBlank();
        if (place && online) {
            return location + " / " + onlineUrl;
        }
        return place ? location : online ? onlineUrl : "";
    }
}
