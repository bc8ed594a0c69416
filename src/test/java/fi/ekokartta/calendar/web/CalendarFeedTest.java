package fi.ekokartta.calendar.web;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.calendar.CalendarEvent;
import fi.ekokartta.calendar.CalendarEventRepository;
import fi.ekokartta.calendar.EventCategory;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The vuosikello's iCalendar feed fetched over HTTP as Outlook would, without signing in, parsed
 * with ical4j: RFC 5545 structure, time zone, rules, categories, and a round trip that keeps it.
 */
class CalendarFeedTest extends AbstractAppTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;
    @Autowired
    private CalendarEventRepository events;
    @Autowired
    private JdbcTemplate jdbc;

    private CalendarEvent monthly;
    private CalendarEvent internal;

    @BeforeEach
    void testEvents() {
        String unique = EntryFixture.unique();
        monthly = save(event("Syöteverkoston kuukausitapaaminen " + unique, EventCategory.TRAINING,
                LocalDateTime.of(2026, 11, 10, 10, 0), "FREQ=MONTHLY;BYDAY=2TU", true));
        monthly.setDescription(new LocalizedText("Pitkä kuvaus, jossa on ääkkösiä ja pilkkuja, puolipisteitä; ja kenoviivoja \\ "
                + "niin paljon, että rivi taittuu standardin mukaan useammalle riville: " + "työllisyys ".repeat(12) + "loppu.", null, null));
        monthly = events.save(monthly);
        internal = save(event("Sisäinen valmistelu " + unique, EventCategory.TRAINING, LocalDateTime.of(2026, 12, 1, 9, 0), null,
                false));
    }

    @Test
    void the_feed_is_rfc_5545_with_every_public_event_in_finnish_time() throws Exception {
        HttpResponse<String> response = get("/kalenteri.ics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualToIgnoringCase("text/calendar;charset=UTF-8");
        assertThat(response.body()).startsWith("BEGIN:VCALENDAR\r\n").contains("\r\nEND:VCALENDAR");
        assertThat(response.body().split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
        Calendar calendar = parse(response.body());
        assertThat(calendar.validate().getEntries()).as("ical4j's validation").isEmpty();
        assertThat(calendar.getProperty(Property.VERSION).orElseThrow().getValue()).isEqualTo("2.0");
        assertThat(calendar.getProperty(Property.PRODID).orElseThrow().getValue()).isEqualTo("-//Ekokartta//Vuosikello//FI");
        List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
        assertThat(zones).singleElement().satisfies(zone ->
                assertThat(zone.getProperty(Property.TZID).orElseThrow().getValue()).isEqualTo("Europe/Helsinki"));
        List<VEvent> vevents = calendar.getComponents(Component.VEVENT);
        Integer publicEvents = jdbc.queryForObject("select count(*) from calendar_event where public_event", Integer.class);
        assertThat(vevents.stream().filter(vevent -> !value(vevent, Property.UID).startsWith("meeting-")))
                .as("the events; forum meetings without an event come besides").hasSize(publicEvents);
        assertThat(vevents).allSatisfy(vevent -> {
            assertThat(value(vevent, Property.UID)).endsWith("@ekokartta");
            assertThat(vevent.getProperty(Property.DTSTAMP)).isPresent();
            assertThat(vevent.getProperty(Property.DTSTART).orElseThrow().getParameter(Parameter.TZID).orElseThrow().getValue())
                    .isEqualTo("Europe/Helsinki");
            assertThat(value(vevent, Property.CATEGORIES)).isNotBlank();
        });
        assertThat(vevents).noneMatch(vevent -> value(vevent, Property.UID).equals(internal.getId() + "@ekokartta"));

        VEvent ours = byUid(vevents).get(monthly.getId() + "@ekokartta");
        assertThat(value(ours, Property.SUMMARY)).isEqualTo(monthly.getTitle().getFi());
        assertThat(value(ours, Property.DESCRIPTION)).isEqualTo(monthly.getDescription().getFi());
        assertThat(value(ours, Property.RRULE)).isEqualTo("FREQ=MONTHLY;BYDAY=2TU");
        assertThat(value(ours, Property.CATEGORIES)).isEqualTo("TRAINING");
        assertThat(value(ours, Property.LOCATION)).isEqualTo("Ylivieska / https://esimerkki.example/tapaaminen");
        assertThat(value(ours, Property.URL)).endsWith("/vuosikello/tapahtuma/" + monthly.getId());
        ZonedDateTime start = (ZonedDateTime) ours.getStartDate().orElseThrow().getDate();
        assertThat(start.toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 11, 10, 10, 0));
        assertThat(start.getOffset()).isEqualTo(java.time.ZoneOffset.ofHours(2));
        ZonedDateTime end = (ZonedDateTime) ours.getEndDate().orElseThrow().getDate();
        assertThat(end.toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 11, 10, 11, 30));
    }

    @Test
    void a_parsed_feed_written_again_parses_to_the_same_events() throws Exception {
        Calendar first = parse(get("/kalenteri.ics").body());
        StringWriter written = new StringWriter();
        new CalendarOutputter(true).output(first, written);
        Calendar second = parse(written.toString());

        assertThat(second).isEqualTo(first);
        Map<String, VEvent> before = byUid(first.getComponents(Component.VEVENT));
        Map<String, VEvent> after = byUid(second.getComponents(Component.VEVENT));
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((uid, vevent) -> {
            for (String property : List.of(Property.SUMMARY, Property.DESCRIPTION, Property.DTSTART, Property.DTEND, Property.RRULE,
                    Property.LOCATION, Property.CATEGORIES, Property.URL)) {
                assertThat(vevent.getProperty(property).map(Property::getValue))
                        .as(uid + " " + property).isEqualTo(after.get(uid).getProperty(property).map(Property::getValue));
            }
        });
    }

    @Test
    void a_category_narrows_the_feed_by_its_finnish_name_or_its_code() throws Exception {
        Integer trainings = jdbc.queryForObject("select count(*) from calendar_event where public_event and category = 'TRAINING'",
                Integer.class);
        for (String path : List.of("/kalenteri.ics?luokka=koulutus", "/kalenteri.ics?luokka=TRAINING")) {
            HttpResponse<String> response = get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            List<VEvent> vevents = parse(response.body()).getComponents(Component.VEVENT);
            assertThat(vevents).as(path).hasSize(trainings).allSatisfy(vevent ->
                    assertThat(value(vevent, Property.CATEGORIES)).isEqualTo("TRAINING"));
            assertThat(byUid(vevents)).containsKey(monthly.getId() + "@ekokartta");
        }
        List<VEvent> two = parse(get("/kalenteri.ics?luokka=koulutus,maaraaika").body()).getComponents(Component.VEVENT);
        assertThat(two).extracting(vevent -> value(vevent, Property.CATEGORIES)).containsOnly("TRAINING", "DEADLINE").contains("DEADLINE");
    }

    @Test
    void an_unknown_category_answers_400_with_a_plain_message() throws Exception {
        HttpResponse<String> response = get("/kalenteri.ics?luokka=juhlat");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(response.body()).contains("juhlat", "koulutus");
    }

    @Test
    void one_event_downloads_as_its_own_file_and_an_internal_one_not_for_the_public() throws Exception {
        HttpResponse<String> response = get("/kalenteri/" + monthly.getId() + ".ics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(parse(response.body()).<VEvent>getComponents(Component.VEVENT)).singleElement()
                .satisfies(vevent -> assertThat(value(vevent, Property.RRULE)).isEqualTo("FREQ=MONTHLY;BYDAY=2TU"));
        assertThat(get("/kalenteri/" + internal.getId() + ".ics").statusCode()).isEqualTo(404);
    }

    private CalendarEvent event(String title, EventCategory category, LocalDateTime start, String rule, boolean isPublic) {
        CalendarEvent event = new CalendarEvent();
        event.setTitle(new LocalizedText(title, null, null));
        event.setCategory(category);
        event.setStart(start);
        event.setEnd(start.plusMinutes(90));
        event.setRecurrence(rule);
        event.setLocation("Ylivieska");
        event.setOnlineUrl("https://esimerkki.example/tapaaminen");
        event.setPublicEvent(isPublic);
        return event;
    }

    private CalendarEvent save(CalendarEvent event) {
        CalendarEvent saved = events.save(event);
        deleteAfterTest(() -> events.deleteById(saved.getId()));
        return saved;
    }

    private static Calendar parse(String body) throws Exception {
        return new CalendarBuilder().build(new StringReader(body));
    }

    private static String value(VEvent vevent, String property) {
        return vevent.getProperty(property).map(Property::getValue).orElse(null);
    }

    private static Map<String, VEvent> byUid(List<VEvent> vevents) {
        return vevents.stream().collect(Collectors.toMap(vevent -> value(vevent, Property.UID), Function.identity()));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
