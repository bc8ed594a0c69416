package fi.ekokartta.calendar.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.calendar.CalendarEvent;
import fi.ekokartta.calendar.CalendarEventRepository;
import fi.ekokartta.calendar.EventCategory;
import fi.ekokartta.calendar.EventOccurrence;
import fi.ekokartta.calendar.Occurrences;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The vuosikello's wheel, list and month views, filters and year navigation, and an event's page. */
class VuosikelloViewTest extends AbstractAppTest {

    private static final String SVG = "http://www.w3.org/2000/svg";

    @Autowired
    private CalendarEventRepository events;
    @Autowired
    private Occurrences occurrences;
    @Autowired
    private JdbcTemplate jdbc;

    private String unique;
    private Actor organizer;
    private Actor participant;
    private CalendarEvent monthly;

    @BeforeEach
    void monthlyEventBegunLongAgo() {
        unique = EntryFixture.unique();
        organizer = entries().actor("Kellon järjestäjä " + unique);
        participant = entries().actor("Kellon osallistuja " + unique);
        CalendarEvent event = new CalendarEvent();
        event.setTitle(new LocalizedText("Kuukausikahvit <& " + unique + ">", "Månadskaffe " + unique, "Monthly coffee " + unique));
        event.setCategory(EventCategory.NETWORK_MEETING);
        event.setStart(LocalDateTime.of(2025, 11, 11, 10, 0));
        event.setEnd(LocalDateTime.of(2025, 11, 11, 11, 0));
        event.setRecurrence("FREQ=MONTHLY;BYDAY=2TU");
        event.setLocation("Kokoustila Kello, Ylivieska");
        event.setOrganizer(organizer);
        event.getParticipants().add(participant);
        event.setPublicEvent(true);
        monthly = events.save(event);
        deleteAfterTest(() -> {
            jdbc.update("delete from calendar_event_participant where event_id = ?", monthly.getId());
            events.deleteById(monthly.getId());
        });
    }

    @Test
    void the_wheel_is_well_formed_svg_with_a_link_for_every_occurrence_of_the_year() throws Exception {
        open(Map.of("vuosi", "2027"));

        VuosikelloView view = _get(VuosikelloView.class);
        List<EventOccurrence> expected = occurrences.between(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1), false);
        Document svg = parse(view.wheel());
        Element root = svg.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("group").isNotEqualTo("img");
        assertThat(root.getAttribute("aria-label")).contains("2027");
        List<String> links = new ArrayList<>();
        NodeList anchors = svg.getElementsByTagNameNS(SVG, "a");
        for (int i = 0; i < anchors.getLength(); i++) {
            Element anchor = (Element) anchors.item(i);
            links.add(anchor.getAttribute("href"));
            assertThat(anchor.getElementsByTagNameNS(SVG, "title").item(0).getTextContent()).isNotBlank();
        }
        assertThat(links).containsExactlyElementsOf(expected.stream().map(view::href).toList());
        assertThat(expected.stream().filter(occurrence -> occurrence.eventId().equals(monthly.getId()))).hasSize(12);
        assertThat(view.wheel()).contains("Kuukausikahvit &lt;&amp; " + unique + "&gt;, 12.1.2027 klo 10.00–11.00");
        assertThat(texts(svg)).contains("Tammikuu", "Kesäkuu", "Joulukuu", "Tammi", "2027");
        assertThat(view.wheel()).doesNotContain("wheel-today");
        assertThat(jdbc.queryForList("select title_fi from calendar_event where not public_event", String.class))
                .allSatisfy(internal -> assertThat(view.wheel()).doesNotContain(internal));
    }

    @Test
    void todays_line_is_drawn_in_this_years_wheel() {
        open(Map.of());

        assertThat(_get(H1.class).getText()).isEqualTo("Vuosikello " + FinnishDates.today().getYear());
        assertThat(_get(VuosikelloView.class).wheel()).contains("wheel-today", "Tänään " + FinnishDates.date(FinnishDates.today()));
    }

    @Test
    void category_and_organizer_filters_narrow_every_view_and_go_into_the_address() {
        open(Map.of("vuosi", "2027"));
        VuosikelloView view = _get(VuosikelloView.class);
        int all = view.shown().size();

        _setValue(_get(CheckboxGroup.class, spec -> spec.withLabel("Tapahtumatyyppi")), Set.of(EventCategory.NETWORK_MEETING));

        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .contains("luokka=verkostotapaaminen", "vuosi=2027");
        assertThat(view.shown()).isNotEmpty().hasSizeLessThan(all)
                .allSatisfy(occurrence -> assertThat(occurrence.category()).isEqualTo(EventCategory.NETWORK_MEETING));
        assertThat(view.wheel()).doesNotContain("category-training");

        _setValue(_get(Select.class, spec -> spec.withLabel("Järjestäjä")), organizer.getId());

        assertThat(view.shown()).hasSize(12).allSatisfy(occurrence -> assertThat(occurrence.eventId()).isEqualTo(monthly.getId()));
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters()).contains("jarjestaja=" + organizer.getId());
        assertThat(_get(Anchor.class, spec -> spec.withText("Tilaa kalenteri (.ics)")).getHref())
                .isEqualTo("kalenteri.ics?luokka=verkostotapaaminen");
    }

    @Test
    void the_list_shows_every_occurrence_by_month_with_its_facts() {
        open(Map.of("vuosi", "2027", "nakyma", "lista"));

        VuosikelloView view = _get(VuosikelloView.class);
        List<EventOccurrence> expected = occurrences.between(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1), false);
        List<String> hrefs = _find(Anchor.class).stream().filter(anchor -> anchor.hasClassName("occurrence-title"))
                .map(Anchor::getHref).toList();
        assertThat(hrefs).containsExactlyElementsOf(expected.stream().map(view::href).toList());
        assertThat(view.wheel()).isNull();
        String text = _get(VuosikelloView.class).getElement().getTextRecursively();
        assertThat(text).contains("Tammikuu 2027", "Joulukuu 2027", "Kokoustila Kello, Ylivieska",
                "Järjestäjä: Kellon järjestäjä " + unique, "12.1.2027 klo 10.00–11.00", "Verkostotapaaminen");
    }

    @Test
    void the_month_shows_its_occurrences_in_day_cells_and_as_a_day_list() {
        open(Map.of("vuosi", "2027", "nakyma", "kuukausi", "kuukausi", "3"));

        VuosikelloView view = _get(VuosikelloView.class);
        List<EventOccurrence> march = occurrences.between(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 1), false);
        NativeTable grid = _get(NativeTable.class);
        List<String> inGrid = _find(grid, Anchor.class).stream().map(Anchor::getHref).toList();
        assertThat(inGrid).containsExactlyElementsOf(march.stream().map(view::href).toList());
        assertThat(_find(_get(OrderedList.class, spec -> spec.withClasses("month-days")), Anchor.class).stream()
                .filter(anchor -> anchor.hasClassName("occurrence-title")).map(Anchor::getHref).toList())
                .containsExactlyElementsOf(march.stream().map(view::href).toList());
        assertThat(grid.getElement().getTextRecursively()).contains("10.00–11.00 Kuukausikahvit");

        Anchor next = _get(Anchor.class, spec -> spec.withText("Seuraava kuukausi ›"));
        assertThat(next.getHref()).isEqualTo("vuosikello?nakyma=kuukausi&vuosi=2027&kuukausi=4");
        Anchor previous = _get(Anchor.class, spec -> spec.withText("‹ Edellinen kuukausi"));
        open(Map.of("vuosi", "2027", "nakyma", "kuukausi", "kuukausi", "1"));
        assertThat(_get(Anchor.class, spec -> spec.withText("‹ Edellinen kuukausi")).getHref())
                .isEqualTo("vuosikello?nakyma=kuukausi&vuosi=2026&kuukausi=12");
        assertThat(previous.getHref()).contains("kuukausi=2");
    }

    @Test
    void year_links_move_to_the_previous_and_next_year_keeping_the_view_and_filters() {
        open(Map.of("vuosi", "2027", "nakyma", "lista", "luokka", "verkostotapaaminen"));

        Anchor previous = _get(Anchor.class, spec -> spec.withText("‹ Edellinen vuosi (2026)"));
        Anchor next = _get(Anchor.class, spec -> spec.withText("Seuraava vuosi (2028) ›"));
        assertThat(previous.getHref()).isEqualTo("vuosikello?nakyma=lista&vuosi=2026&luokka=verkostotapaaminen");
        assertThat(next.getHref()).isEqualTo("vuosikello?nakyma=lista&vuosi=2028&luokka=verkostotapaaminen");

        String[] address = next.getHref().split("\\?");
        UI.getCurrent().navigate(address[0], QueryParameters.fromString(address[1]));

        assertThat(_get(H1.class).getText()).isEqualTo("Vuosikello 2028");
        assertThat(_get(VuosikelloView.class).shown()).isNotEmpty()
                .allSatisfy(occurrence -> assertThat(occurrence.category()).isEqualTo(EventCategory.NETWORK_MEETING));
    }

    @Test
    void swedish_and_english_wheels_name_their_months() throws Exception {
        open(Map.of("vuosi", "2027", "lang", "sv"));
        assertThat(_get(H1.class).getText()).isEqualTo("Årshjul 2027");
        assertThat(texts(parse(_get(VuosikelloView.class).wheel()))).contains("Januari", "December");

        open(Map.of("vuosi", "2027", "lang", "en"));
        assertThat(_get(H1.class).getText()).isEqualTo("Year wheel 2027");
        assertThat(texts(parse(_get(VuosikelloView.class).wheel()))).contains("January", "December", "Jan");
    }

    @Test
    void an_event_page_shows_the_date_it_was_opened_from_its_organizer_and_participants() {
        UI.getCurrent().navigate("vuosikello/tapahtuma/" + monthly.getId(), QueryParameters.of("pvm", "2027-03-09"));

        assertThat(_get(H1.class).getText()).isEqualTo("Kuukausikahvit <& " + unique + ">");
        String text = _get(EventView.class).getElement().getTextRecursively();
        assertThat(text).contains("9.3.2027 klo 10.00–11.00", "Verkostotapaaminen", "Kokoustila Kello, Ylivieska");
        assertThat(_get(Anchor.class, spec -> spec.withText("Kellon järjestäjä " + unique)).getHref()).isEqualTo("toimija/" + organizer.getId());
        assertThat(_get(Anchor.class, spec -> spec.withText("Kellon osallistuja " + unique)).getHref()).isEqualTo("toimija/" + participant.getId());
        assertThat(_get(Anchor.class, spec -> spec.withText("Lisää kalenteriin (.ics)")).getHref())
                .isEqualTo("kalenteri/" + monthly.getId() + ".ics?lang=fi");
    }

    @Test
    void internal_events_are_shown_to_signed_in_staff_only() {
        UUID internal = jdbc.queryForObject("select id from calendar_event where not public_event limit 1", UUID.class);
        int year = jdbc.queryForObject("select extract(year from starts_at)::int from calendar_event where id = ?", Integer.class, internal);

        open(Map.of("vuosi", String.valueOf(year)));
        assertThat(_get(VuosikelloView.class).shown()).noneMatch(occurrence -> occurrence.eventId().equals(internal));

        login("kellon-koordinaattori", UserRole.COORDINATOR);
        open(Map.of("vuosi", String.valueOf(year)));
        assertThat(_get(VuosikelloView.class).shown()).anyMatch(occurrence -> occurrence.eventId().equals(internal));
        UI.getCurrent().navigate("vuosikello/tapahtuma/" + internal);
        assertThat(_get(EventView.class).getElement().getTextRecursively()).contains("Sisäinen tapahtuma");
    }

    private static void open(Map<String, String> parameters) {
        UI.getCurrent().navigate("vuosikello", QueryParameters.simple(parameters));
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document svg) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = svg.getElementsByTagNameNS(SVG, "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
