package fi.ekokartta.directory.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.base.i18n.Language;
import fi.ekokartta.calendar.CalendarEvent;
import fi.ekokartta.calendar.CalendarEventRepository;
import fi.ekokartta.calendar.EventCategory;
import fi.ekokartta.calendar.Occurrences;
import fi.ekokartta.security.UserRole;
import fi.ekokartta.stewardship.StewardshipFigures;
import fi.ekokartta.stewardship.StewardshipFiguresService;
import fi.ekokartta.taxonomy.TaxonomyTerm;
import fi.ekokartta.taxonomy.TaxonomyTermRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrontPageViewTest extends AbstractAppTest {

    @Autowired
    private TaxonomyTermRepository terms;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private StewardshipFiguresService freshness;
    @Autowired
    private Occurrences occurrences;
    @Autowired
    private CalendarEventRepository calendarEvents;

    @Test
    void front_page_shows_the_search_box_and_the_top_service_classes() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        TaxonomyTerm top = save(term("testiluokka-" + unique, "Testiluokka " + unique, TaxonomyTerm.SERVICE_TAXONOMY, null));
        save(term("testiluokka-" + unique + ".1", "Alaluokka " + unique, TaxonomyTerm.SERVICE_TAXONOMY, top));
        save(term("muu-" + unique, "Muun luokituksen termi " + unique, "muu-luokitus", null));

        openFrontPageAfresh();

        TextField search = _get(TextField.class, spec -> spec.withLabel("Hae palvelua tai toimijaa"));
        assertEquals("Esim. velkaneuvonta, työkokeilu, Kalajoki", search.getPlaceholder());
        Anchor classLink = _get(Anchor.class, spec -> spec.withText("Testiluokka " + unique));
        assertEquals("palvelut?luokka=testiluokka-" + unique, classLink.getHref());
        _assertNone(Anchor.class, spec -> spec.withText("Alaluokka " + unique));
        _assertNone(Anchor.class, spec -> spec.withText("Muun luokituksen termi " + unique));
    }

    @Test
    void front_page_shows_published_services_and_actors_in_figures() {
        UI.getCurrent().navigate(FrontPageView.class);

        _get(DescriptionList.Term.class, spec -> spec.withText("Julkaistut palvelut"));
        _get(DescriptionList.Term.class, spec -> spec.withText("Toimijat"));
    }

    @Test
    void front_page_tells_how_current_the_published_entries_are_without_naming_anyone() {
        StewardshipFigures.Share share = freshness.publicSummary();

        openFrontPageAfresh();

        Div box = _get(Div.class, spec -> spec.withId("freshness"));
        _get(box, H3.class, spec -> spec.withText("Tietojen ajantasaisuus"));
        assertEquals(share.percent() + " % julkaistuista palveluista ja toimijoista on tarkistettu määräajassa ("
                        + NumberFormat.getIntegerInstance(Locale.of("fi")).format(share.assured()) + " / "
                        + NumberFormat.getIntegerInstance(Locale.of("fi")).format(share.total()) + ").",
                _get(box, Paragraph.class).getText());
        assertTrue(share.total() > 0 && share.assured() <= share.total());
    }

    @Test
    void front_page_lists_upcoming_public_events_but_not_internal_ones() {
        UI.getCurrent().navigate(FrontPageView.class);

        _get(H2.class, spec -> spec.withText("Tulevat tapahtumat"));
        List<String> shown = shownEvents();
        List<String> expected = occurrences.upcomingPublic(5).stream().map(occurrence -> occurrence.title().getFi()).toList();
        assertEquals(5, expected.size());
        assertEquals(expected.size(), shown.size());
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(shown.get(i).contains(expected.get(i)), shown.get(i) + " should name " + expected.get(i));
        }
        String internal = jdbc.queryForObject("select title_fi from calendar_event where not public_event limit 1", String.class);
        assertTrue(shown.stream().noneMatch(text -> text.contains(internal)));
        _get(Anchor.class, spec -> spec.withText("Koko vuosikello"));
    }

    @Test
    void a_repeating_event_begun_long_ago_is_listed_by_its_coming_date() {
        String title = "Päivittäinen iltakatsaus " + UUID.randomUUID();
        CalendarEvent event = new CalendarEvent();
        event.setTitle(new LocalizedText(title, null, null));
        event.setCategory(EventCategory.NETWORK_MEETING);
        event.setStart(LocalDateTime.of(2020, 1, 6, 23, 59));
        event.setRecurrence("FREQ=DAILY");
        event.setPublicEvent(true);
        CalendarEvent saved = calendarEvents.save(event);
        deleteAfterTest(() -> calendarEvents.deleteById(saved.getId()));

        openFrontPageAfresh();

        String today = FinnishDates.dateTime(FinnishDates.today().atTime(23, 59), Language.FI);
        assertTrue(shownEvents().stream().anyMatch(text -> text.contains(title) && text.contains(today)), shownEvents().toString());
        assertEquals("vuosikello/tapahtuma/" + saved.getId() + "?pvm=" + FinnishDates.today(),
                _find(Anchor.class, spec -> spec.withText(title)).getFirst().getHref());
    }

    @Test
    void anonymous_visitors_get_a_link_to_the_ecosystem_in_figures_but_no_figures() {
        openFrontPageAfresh();

        Div box = _get(Div.class, spec -> spec.withId("ecosystem-summary"));
        _get(box, H3.class, spec -> spec.withText("Ekosysteemi luvuin"));
        assertEquals("ekosysteemi", _get(box, Anchor.class, spec -> spec.withText("Katso ekosysteemi luvuin")).getHref());
        _assertNone(box, DescriptionList.class);
    }

    @Test
    void coordinators_see_the_key_figures_of_the_ecosystem_on_the_front_page() {
        login("koordinaattori-etusivu", UserRole.COORDINATOR);

        openFrontPageAfresh();

        Div box = _get(Div.class, spec -> spec.withId("ecosystem-summary"));
        _get(box, DescriptionList.Term.class, spec -> spec.withText("Sektoreita mukana"));
        _get(box, DescriptionList.Term.class, spec -> spec.withText("Tehtäviä myöhässä"));
        _get(box, DescriptionList.Term.class, spec -> spec.withText("Läsnäolo kokouksissa"));
        assertEquals(5, _find(box, DescriptionList.Term.class).size());
        assertEquals("ekosysteemi", _get(box, Anchor.class, spec -> spec.withText("Kaikki ekosysteemin luvut")).getHref());
    }

    @Test
    void a_counsellor_gets_the_public_link_only() {
        login("ohjaaja-etusivu", UserRole.COUNSELLOR);

        openFrontPageAfresh();

        Div box = _get(Div.class, spec -> spec.withId("ecosystem-summary"));
        _assertNone(box, DescriptionList.class);
        _get(box, Anchor.class, spec -> spec.withText("Katso ekosysteemi luvuin"));
    }

    private static List<String> shownEvents() {
        return _find(ListItem.class).stream().filter(item -> item.getParent()
                .filter(parent -> parent.hasClassName("event-list")).isPresent()).map(item -> item.getElement().getTextRecursively()).toList();
    }

    @Test
    void search_box_sends_the_query_to_the_search_view() {
        RouteConfiguration.forSessionScope().setRoute(SearchBox.SEARCH_ROUTE, SearchStandIn.class);
        UI.getCurrent().navigate(FrontPageView.class);

        _setValue(_get(TextField.class, spec -> spec.withLabel("Hae palvelua tai toimijaa")), " työkokeilu ");
        _click(_get(Button.class, spec -> spec.withText("Hae")));

        assertEquals("haku?q=ty%C3%B6kokeilu", UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters());
    }

    @Test
    void lang_parameter_switches_texts_to_swedish() {
        UI.getCurrent().navigate(FrontPageView.class);
        _get(H1.class, spec -> spec.withText("Löydä oikea palvelu"));

        UI.getCurrent().navigate("", QueryParameters.of("lang", "sv"));

        _get(H1.class, spec -> spec.withText("Hitta rätt tjänst"));
        _get(TextField.class, spec -> spec.withLabel("Sök tjänst eller aktör"));
        _get(Anchor.class, spec -> spec.withText("Hoppa till huvudinnehållet"));
    }

    /** As a browser loading the page: the view already on screen is not rebuilt by navigating to it. */
    private static void openFrontPageAfresh() {
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate(FrontPageView.class);
    }

    private TaxonomyTerm save(TaxonomyTerm term) {
        TaxonomyTerm saved = terms.save(term);
        deleteAfterTest(() -> terms.deleteById(saved.getId()));
        return saved;
    }

    private static TaxonomyTerm term(String code, String name, String taxonomy, TaxonomyTerm parent) {
        TaxonomyTerm term = new TaxonomyTerm();
        term.setCode(code);
        term.setName(LocalizedText.of(name));
        term.setTaxonomy(taxonomy);
        term.setParent(parent);
        return term;
    }

    /** Stands in for the search view, which another feature provides; registered for one session only. */
    @AnonymousAllowed
    static class SearchStandIn extends Div {
    }
}
