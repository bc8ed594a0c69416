package fi.ekokartta.search.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.QueryParameters;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.BrowserScripts;
import fi.ekokartta.guidance.ShortlistService;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BrowseViewTest extends AbstractAppTest {

    @Autowired
    private ShortlistService shortlists;
    @Autowired
    private JdbcTemplate jdbc;

    private static final Pattern COUNT = Pattern.compile("\\((\\d+)\\)$");

    @Test
    void class_links_carry_their_counts_and_lead_to_that_class() {
        UI.getCurrent().navigate("palvelut");
        _get(H2.class, spec -> spec.withText("Kaikki palvelut"));
        Anchor trial = _get(Anchor.class, spec -> spec.withText("Työkokeilu ja työhönvalmennus (10)"));
        assertEquals("palvelut?luokka=1.3", trial.getHref());

        UI.getCurrent().navigate("palvelut", QueryParameters.of("luokka", "1.3"));

        _get(H2.class, spec -> spec.withText("Työkokeilu ja työhönvalmennus"));
        _get(Paragraph.class, spec -> spec.withText("10 palvelua"));
        List<String> names = _find(ResultCard.class).stream()
                .map(card -> _get(card, Anchor.class).getText()).toList();
        assertEquals(10, names.size());
        assertEquals(names.stream().sorted(Comparator.comparing(BrowseViewTest::folded)).toList(), names);
        assertEquals("page", _get(Anchor.class, spec -> spec.withText("Työkokeilu ja työhönvalmennus (10)"))
                .getElement().getAttribute("aria-current"));
    }

    @Test
    void an_unknown_class_in_the_address_is_named_instead_of_silently_showing_everything() {
        UI.getCurrent().navigate("palvelut", QueryParameters.of("luokka", "99"));

        _get(Paragraph.class, spec -> spec.withText(
                "Osoitteen rajausta ei tunneta: luokka=99. Se jätettiin pois, joten alla ovat palvelut ilman sitä."));

        UI.getCurrent().navigate("palvelut", QueryParameters.of("luokka", "1.3"));
        assertTrue(_find(Paragraph.class, spec -> spec.withText(
                "Osoitteen rajausta ei tunneta: luokka=99. Se jätettiin pois, joten alla ovat palvelut ilman sitä.")).isEmpty());
    }

    @Test
    void a_page_beyond_the_last_shows_the_last_page() {
        UI.getCurrent().navigate("palvelut", QueryParameters.of("sivu", "999"));

        assertTrue(_find(Span.class).stream().map(Span::getText).anyMatch(text -> text.matches("Sivu (\\d+) / \\1")));
        assertTrue(_find(Anchor.class).stream().anyMatch(link -> link.getText().equals("Edellinen sivu")));
    }

    @Test
    void choosing_a_municipality_narrows_every_count_and_goes_to_the_address() {
        UI.getCurrent().navigate("palvelut", QueryParameters.of("luokka", "1"));
        int wholeArea = count(_get(Anchor.class, spec -> spec.withText("Työllistymisen tuki (69)")).getText());

        @SuppressWarnings("unchecked")
        Select<String> municipality = _get(Select.class, spec -> spec.withLabel("Kunta"));
        _setValue(municipality, "208");

        assertEquals("palvelut?kunta=208&luokka=1", UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters());
        List<Anchor> top = _find(Anchor.class).stream().filter(a -> a.getText().startsWith("Työllistymisen tuki (")).toList();
        int inKalajoki = count(top.getFirst().getText());
        assertTrue(inKalajoki > 0 && inKalajoki < wholeArea, inKalajoki + " of " + wholeArea);
    }

    @Test
    void counsellor_adds_a_browsed_service_to_the_list_and_sees_it_there_when_she_comes_back() {
        String counsellor = "ohjaaja-selaus-testi";
        deleteAfterTest(() -> jdbc.update("delete from shortlist where owner_username = ?", counsellor));
        login(counsellor, UserRole.COUNSELLOR);
        UI.getCurrent().navigate("palvelut", QueryParameters.of("luokka", "1.3"));
        ResultCard card = _find(ResultCard.class).getFirst();
        String name = _get(card, Anchor.class).getText();

        _click(_get(card, Button.class, spec -> spec.withText("Lisää listalle")));
        UI.getCurrent().navigate("palvelut", QueryParameters.of("luokka", "1.3"));

        Button listed = _get(_find(ResultCard.class).getFirst(), Button.class);
        assertEquals(Optional.of("Listalla: " + name), listed.getAriaLabel());
        assertEquals("true", listed.getElement().getAttribute("aria-pressed"));
        assertEquals(List.of(name), shortlists.current().orElseThrow().entries().stream()
                .map(entry -> entry.service().name().getFi()).toList());
    }

    @Test
    void anonymous_visitor_browses_without_add_buttons() {
        UI.getCurrent().navigate("palvelut", QueryParameters.of("luokka", "1.3"));

        _assertNone(Button.class, spec -> spec.withClasses("add-to-shortlist"));
    }

    @Test
    void language_links_follow_the_chosen_municipality() {
        UI.getCurrent().navigate("palvelut", QueryParameters.of("luokka", "1"));

        @SuppressWarnings("unchecked")
        Select<String> municipality = _get(Select.class, spec -> spec.withLabel("Kunta"));
        _setValue(municipality, "208");

        assertEquals("palvelut?kunta=208&luokka=1&lang=sv", _get(Anchor.class, spec -> spec.withText("Svenska")).getHref());
    }

    @Test
    void a_skip_link_leads_past_the_class_tree_to_the_results_heading() {
        UI.getCurrent().navigate("palvelut", QueryParameters.of("luokka", "1.3"));

        Anchor skip = _get(Anchor.class, spec -> spec.withText("Siirry tuloksiin"));
        H2 heading = _get(H2.class, spec -> spec.withText("Työkokeilu ja työhönvalmennus"));
        assertEquals("#" + heading.getId().orElseThrow(), skip.getHref());
        assertEquals("-1", heading.getElement().getAttribute("tabindex"));
    }

    @Test
    void following_a_class_link_takes_focus_to_the_new_results_and_opening_the_page_leaves_it() {
        try (BrowserScripts scripts = BrowserScripts.record()) {
            UI.getCurrent().navigate("palvelut");
            assertFalse(scripts.focused(_get(H2.class, spec -> spec.withText("Kaikki palvelut"))));

            follow(_get(Anchor.class, spec -> spec.withText("Työkokeilu ja työhönvalmennus (10)")));

            assertTrue(scripts.focused(_get(H2.class, spec -> spec.withText("Työkokeilu ja työhönvalmennus"))));
        }
    }

    /** As a click on a plain link: the browser asks the router for the link's address. */
    private static void follow(Anchor link) {
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location(link.getHref()), NavigationTrigger.CLIENT_SIDE);
    }

    private static String folded(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static int count(String linkText) {
        Matcher matcher = COUNT.matcher(linkText);
        assertTrue(matcher.find(), linkText);
        return Integer.parseInt(matcher.group(1));
    }
}
