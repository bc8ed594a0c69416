package fi.ekokartta.search.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import fi.ekokartta.AbstractAppTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

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
        TextField field = _get(TextField.class, spec -> spec.withLabel("Mitä palvelua etsit?"));

        _setValue(field, "työkokeilu Kalajoella");

        assertThat(resultTitles().getFirst()).isEqualTo("Työkokeilu");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Rajattu kunnan mukaan: Kalajoki");
    }

    @Test
    void choosing_a_facet_value_narrows_the_results() {
        open("kuntouttava");
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> municipality = _get(CheckboxGroup.class, spec -> spec.withLabel("Kunta"));

        _setValue(municipality, Set.of("746"));

        assertThat(resultTitles()).contains("Kuntouttava työtoiminta, Sievi").doesNotContain("Kuntouttava työtoiminta, Nivala");
    }

    @Test
    void a_misspelt_word_offers_the_directorys_spelling() {
        open("starttirahha");

        assertThat(_find(Button.class).stream().map(Button::getText)).contains("starttiraha");
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
