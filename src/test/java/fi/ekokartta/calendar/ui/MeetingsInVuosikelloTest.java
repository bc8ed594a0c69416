package fi.ekokartta.calendar.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.calendar.CalendarEvent;
import fi.ekokartta.calendar.CalendarEventRepository;
import fi.ekokartta.calendar.EventCategory;
import fi.ekokartta.calendar.EventOccurrence;
import fi.ekokartta.calendar.Occurrences;
import fi.ekokartta.forum.ForumFixture;
import fi.ekokartta.forum.ForumRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: meetings created in the forum pages are shown in the vuosikello as occurrences of the
 * forum's category, linked to their meeting page, in every view and in the feed; a meeting whose
 * forum has a calendar event on the same day is shown once, as the event.
 */
class MeetingsInVuosikelloTest extends AbstractAppTest {

    @Autowired
    private Occurrences occurrences;
    @Autowired
    private ForumRepository forums;
    @Autowired
    private CalendarEventRepository events;
    @Autowired
    private JdbcTemplate jdbc;
    @LocalServerPort
    private int port;

    private String unique;
    private ForumFixture fixture;

    @BeforeEach
    void forumWithMeetings() {
        unique = EntryFixture.unique();
        Actor a = entries().actor("Kokoustoimija A " + unique);
        Actor b = entries().actor("Kokoustoimija B " + unique);
        fixture = new ForumFixture(unique, a, b).save(forums, this::deleteAfterTest);
    }

    @Test
    void a_meeting_without_an_event_is_an_occurrence_of_its_forums_category_linked_to_its_page() throws Exception {
        int year = fixture.recent.getStart().getYear();
        String page = "foorumit/kokous/" + fixture.recent.getId();

        assertThat(occurrences.inYear(year)).filteredOn(occurrence -> occurrence.eventId().equals(fixture.recent.getId()))
                .singleElement().satisfies(occurrence -> {
                    assertThat(occurrence.kind()).isEqualTo(EventOccurrence.Kind.MEETING);
                    assertThat(occurrence.category()).isEqualTo(EventCategory.NETWORK_MEETING);
                    assertThat(occurrence.title().getFi()).isEqualTo("Tuore kokous " + unique);
                    assertThat(occurrence.link()).isEqualTo(page);
                    assertThat(occurrence.publicEvent()).isTrue();
                });

        UI.getCurrent().navigate("vuosikello", QueryParameters.simple(Map.of("vuosi", String.valueOf(year))));
        String wheel = _get(VuosikelloView.class).wheel();
        assertThat(wheel).contains("href=\"" + page + "\"", "Tuore kokous " + unique);

        UI.getCurrent().navigate("vuosikello", QueryParameters.simple(Map.of("vuosi", String.valueOf(year), "nakyma", "lista")));
        assertThat(_find(Anchor.class, spec -> spec.withText("Tuore kokous " + unique))).singleElement()
                .satisfies(anchor -> assertThat(anchor.getHref()).isEqualTo(page));

        String feed = get("/kalenteri.ics");
        String unfolded = feed.replace("\r\n ", "");
        assertThat(unfolded).contains("UID:meeting-" + fixture.recent.getId() + "@ekokartta",
                "URL:http://localhost:" + port + "/" + page, "SUMMARY:Tuore kokous " + unique);
        net.fortuna.ical4j.model.Calendar parsed = new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(feed));
        assertThat(parsed.validate().getEntries()).as("ical4j's validation").isEmpty();
        assertThat(get("/kalenteri.ics?luokka=koulutus")).doesNotContain("meeting-" + fixture.recent.getId());
    }

    @Test
    void a_meeting_with_an_event_of_its_forum_on_the_same_day_appears_once() throws Exception {
        CalendarEvent event = new CalendarEvent();
        event.setTitle(LocalizedText.of("Foorumin tapaaminen " + unique));
        event.setCategory(EventCategory.NETWORK_MEETING);
        event.setStart(fixture.upcoming.getStart().toLocalDate().atTime(13, 0));
        event.setForum(fixture.forum);
        event.setPublicEvent(true);
        CalendarEvent saved = events.save(event);
        deleteAfterTest(() -> events.deleteById(saved.getId()));
        int year = fixture.upcoming.getStart().getYear();

        assertThat(occurrences.inYear(year)).filteredOn(occurrence -> occurrence.date().equals(fixture.upcoming.getStart().toLocalDate()))
                .extracting(occurrence -> occurrence.title().getFi())
                .contains("Foorumin tapaaminen " + unique).doesNotContain("Tuleva kokous " + unique);
        assertThat(occurrences.inYear(fixture.recent.getStart().getYear()))
                .anyMatch(occurrence -> occurrence.eventId().equals(fixture.recent.getId()));
        String feed = get("/kalenteri.ics").replace("\r\n ", "");
        assertThat(feed).doesNotContain("meeting-" + fixture.upcoming.getId()).contains("meeting-" + fixture.recent.getId());
    }

    private String get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }
}
