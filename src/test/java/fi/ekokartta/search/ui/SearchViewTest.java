package fi.ekokartta.search.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyDownEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.QueryParameters;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.BrowserScripts;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class SearchViewTest extends AbstractAppTest {

    @Test
    void a_query_in_the_address_shows_the_right_services_first() {
        open("velkaneuvonta");

        assertThat(_get(TextField.class, spec -> spec.withLabel("Mitä palvelua etsit?")).getValue()).isEqualTo("velkaneuvonta");
        assertThat(resultTitles().subList(0, 2))
                .containsExactlyInAnyOrder("Talous- ja velkaneuvonta", "Velkalinja – neuvontaa puhelimessa ja chatissa");
    }

    @Test
    void a_text_beyond_the_limits_is_searched_from_its_beginning_and_the_view_says_so_in_the_readers_language() {
        String beginning = "velkaneuvonta";
        String text = beginning + " " + "lisäsana ".repeat(40).strip();
        UI.getCurrent().navigate("haku", QueryParameters.of("q", text));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Hakuteksti oli liian pitkä, joten haettiin vain sen alulla (enintään 32 sanaa ja 500 merkkiä).");

        UI.getCurrent().navigate("haku", new QueryParameters(Map.of("q", List.of(text), "lang", List.of("en"))));

        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains(
                "The search text was too long, so only its beginning was searched (at most 32 words and 500 characters).");
        assertThat(resultTitles()).isNotEmpty();
    }

    @Test
    void unknown_class_and_target_group_codes_in_the_address_are_named_in_the_readers_language() {
        UI.getCurrent().navigate("haku", new QueryParameters(Map.of("q", List.of("velkaneuvonta"),
                "luokka", List.of("99"), "kohderyhma", List.of("astronautit"), "lang", List.of("sv"))));

        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("Avgränsningen i adressen är okänd: "
                + "luokka=99, kohderyhma=astronautit. Den lämnades bort, så nedan visas tjänsterna utan den.");
        assertThat(resultTitles()).isNotEmpty();
    }

    @Test
    void a_page_beyond_the_last_shows_the_last_page() {
        UI.getCurrent().navigate("haku", new QueryParameters(Map.of("q", List.of("palvelu"), "sivu", List.of("999"))));

        assertThat(resultTitles()).isNotEmpty();
        assertThat(_find(Span.class).stream().map(Span::getText)).anyMatch(text -> text.matches("Sivu (\\d+) / \\1"));
    }

    @Test
    void a_counsellors_sentence_shows_the_services_for_its_needs_first_and_names_the_words_left_out() {
        open("nuori työtön maahanmuuttaja tarvitsee apua velkojen kanssa ja haluaa työkokeiluun Kalajoella");

        assertThat(resultTitles().subList(0, 5)).contains("Työkokeilu", "Talous- ja velkaneuvonta");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Hausta jätettiin pois sanat: tarvitsee, apua, kanssa, ja, haluaa");
    }

    @Test
    void a_short_text_gets_no_note_of_the_limits() {
        open("velkaneuvonta");

        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).noneMatch(text -> text.startsWith("Hakuteksti oli liian pitkä"));
    }

    @Test
    void typing_searches_and_a_municipality_in_the_words_filters_by_place() {
        UI.getCurrent().navigate("haku");
        TextField field = searchField();

        _setValue(field, "työkokeilu Kalajoella");

        assertThat(resultTitles().getFirst()).isEqualTo("Työkokeilu");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Rajattu kunnan mukaan: Kalajoki");
    }

    @Test
    void choosing_a_facet_value_narrows_the_results() {
        open("kuntouttava");

        _setValue(municipality(), Set.of("746"));

        assertThat(resultTitles()).contains("Kuntouttava työtoiminta, Sievi").doesNotContain("Kuntouttava työtoiminta, Nivala");
    }

    @Test
    void a_misspelt_word_offers_the_directorys_spelling() {
        open("starttirahha");

        assertThat(_find(Button.class).stream().map(Button::getText)).contains("starttiraha");
    }

    @Test
    void language_links_follow_the_search_as_it_is_typed_and_narrowed() {
        UI.getCurrent().navigate("haku");
        TextField field = searchField();

        _setValue(field, "kuntouttava");
        assertThat(languageLink("Svenska")).isEqualTo("haku?q=kuntouttava&lang=sv");

        _setValue(field, "kuntouttava työ");
        assertThat(languageLink("English")).isEqualTo("haku?q=kuntouttava%20ty%C3%B6&lang=en");

        _setValue(municipality(), Set.of("746"));
        assertThat(languageLink("Svenska")).isEqualTo("haku?q=kuntouttava%20ty%C3%B6&kunta=746&lang=sv");
    }

    @Test
    void a_typed_search_and_each_choice_are_one_step_back_each_and_going_back_shows_that_step_again() {
        UI.getCurrent().navigate("haku");
        List<String> steps = new ArrayList<>();
        UI.getCurrent().addAfterNavigationListener(event -> {
            if (event.getLocationChangeEvent().getTrigger() == NavigationTrigger.UI_NAVIGATE) {
                steps.add(event.getLocation().getPathWithQueryParameters());
            }
        });
        TextField field = searchField();

        _setValue(field, "kunto");
        _setValue(field, "kuntouttava");
        pressEnter(field);
        assertThat(steps).hasSize(1);
        List<String> typed = resultTitles();

        _setValue(field, "kuntouttava työtoiminta");
        _setValue(municipality(), Set.of("746"));
        assertThat(steps).hasSize(3);
        assertThat(resultTitles()).isNotEqualTo(typed);

        back("haku?q=kuntouttava");

        assertThat(field.getValue()).isEqualTo("kuntouttava");
        assertThat(resultTitles()).isEqualTo(typed);
        assertThat(municipality().getValue()).isEmpty();
        assertThat(steps).as("showing a step from its address adds none").hasSize(3);
    }

    @Test
    void a_skip_link_after_the_search_field_leads_past_the_facets_to_the_results_heading() {
        open("velkaneuvonta");

        Anchor skip = _get(Anchor.class, spec -> spec.withText("Siirry tuloksiin"));
        H2 heading = _get(H2.class, spec -> spec.withText("Hakutulokset"));
        assertThat(skip.getHref()).isEqualTo("#" + heading.getId().orElseThrow());
        assertThat(heading.getElement().getAttribute("tabindex")).isEqualTo("-1");
        List<Element> page = inPageOrder(_get(SearchView.class).getElement());
        assertThat(page.indexOf(searchField().getElement())).isLessThan(page.indexOf(skip.getElement()));
        assertThat(page.indexOf(skip.getElement())).isLessThan(page.indexOf(municipality().getElement()));
    }

    @Test
    void enter_in_the_search_field_takes_focus_to_the_results_and_typing_leaves_it_in_the_field() {
        open("velkaneuvonta");
        H2 heading = _get(H2.class, spec -> spec.withText("Hakutulokset"));

        try (BrowserScripts scripts = BrowserScripts.record()) {
            _setValue(searchField(), "velka");
            assertThat(scripts.focused(heading)).isFalse();

            pressEnter(searchField());
            assertThat(scripts.focused(heading)).isTrue();
        }
    }

    @Test
    void the_filter_button_opens_and_closes_the_facets_and_counts_the_chosen_values() {
        open("kuntouttava");
        Button toggle = _get(Button.class, spec -> spec.withText("Rajaa"));
        Aside facets = (Aside) municipality().getParent().orElseThrow();
        assertThat(toggle.getElement().getAttribute("aria-controls")).isEqualTo(facets.getId().orElseThrow());
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(facets.hasClassName("open")).isFalse();

        _click(toggle);
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(facets.hasClassName("open")).isTrue();

        _setValue(municipality(), Set.of("746"));
        assertThat(toggle.getText()).isEqualTo("Rajaa (1 valittu)");
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");

        _click(toggle);
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(facets.hasClassName("open")).isFalse();
    }

    private static TextField searchField() {
        return _get(TextField.class, spec -> spec.withLabel("Mitä palvelua etsit?"));
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<String> municipality() {
        return _get(CheckboxGroup.class, spec -> spec.withLabel("Kunta"));
    }

    private static String languageLink(String language) {
        return _get(Anchor.class, spec -> spec.withText(language)).getHref();
    }

    private static void pressEnter(TextField field) {
        ComponentUtil.fireEvent(field, new KeyDownEvent(field, Key.ENTER.getKeys().getFirst()));
    }

    /** As the browser's back button: the router shows the step's address. */
    private static void back(String address) {
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location(address), NavigationTrigger.HISTORY);
    }

    private static List<Element> inPageOrder(Element root) {
        List<Element> elements = new ArrayList<>();
        elements.add(root);
        root.getChildren().forEach(child -> elements.addAll(inPageOrder(child)));
        return elements;
    }

    private static void open(String query) {
        UI.getCurrent().navigate("haku", QueryParameters.of("q", query));
    }

    private static List<String> resultTitles() {
        return _find(Anchor.class).stream()
                .filter(anchor -> anchor.getHref().startsWith(ResultCard.SERVICE_ROUTE))
                .map(Anchor::getText).toList();
    }
}
