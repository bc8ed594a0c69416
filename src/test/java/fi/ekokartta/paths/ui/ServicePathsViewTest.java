package fi.ekokartta.paths.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.paths.PathEditing;
import fi.ekokartta.paths.PathFixture;
import fi.ekokartta.paths.ServicePath;
import fi.ekokartta.paths.ServicePathRepository;
import fi.ekokartta.paths.ServicePaths;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The public pages of the service paths and the coordinators' editor, in the browserless UI. */
class ServicePathsViewTest extends AbstractAppTest {

    @Autowired
    private ServicePathRepository repository;
    @Autowired
    private OfferingRepository offerings;
    @Autowired
    private ServicePaths paths;
    @Autowired
    private PathEditing editing;
    @Autowired
    private JdbcTemplate jdbc;

    private String unique;
    private PathFixture fixture;
    private Offering first;
    private Offering second;
    private Offering third;
    private ServicePath path;

    @BeforeEach
    void aPublishedPathOfThreeServices() {
        unique = EntryFixture.unique();
        fixture = new PathFixture(repository, jdbc, this::deleteAfterTest);
        Actor provider = entries().actor("Polkunäkymän toimija " + unique);
        first = entries().offering("Neuvonta " + unique, provider, OfferingStatus.PUBLISHED, o -> { });
        second = entries().offering("Rahoitus " + unique, provider, OfferingStatus.PUBLISHED, o -> { });
        third = entries().offering("Verkosto " + unique, provider, OfferingStatus.PUBLISHED, o -> { });
        path = fixture.published(PathFixture.slug(unique), "Näkymäpolku " + unique, List.of(first, second, third));
    }

    @Test
    void the_list_links_to_the_published_path() {
        UI.getCurrent().navigate("polut");

        Anchor link = _get(Anchor.class, spec -> spec.withText("Näkymäpolku " + unique));
        assertThat(link.getHref()).isEqualTo("polut/" + path.getSlug());
        assertThat(_get(H1.class).getText()).isEqualTo("Palvelupolut");
    }

    @Test
    void the_path_page_numbers_the_steps_in_order_with_links_to_the_cards_and_hides_an_archived_service() {
        Offering archived = offerings.findById(second.getId()).orElseThrow();
        archived.setStatus(OfferingStatus.ARCHIVED);
        offerings.save(archived);

        UI.getCurrent().navigate("polut/" + path.getSlug());

        assertThat(_get(H1.class).getText()).isEqualTo("Näkymäpolku " + unique);
        List<ListItem> steps = _find(ListItem.class, spec -> spec.withClasses("path-step"));
        assertThat(steps).hasSize(2);
        assertThat(steps.get(0).getElement().getTextRecursively()).startsWith("1. Neuvonta " + unique)
                .contains("Selitys: Neuvonta " + unique);
        assertThat(steps.get(1).getElement().getTextRecursively()).startsWith("2. Verkosto " + unique);
        assertThat(_find(Anchor.class, spec -> spec.withText("Rahoitus " + unique))).isEmpty();
        assertThat(_get(Anchor.class, spec -> spec.withText("Neuvonta " + unique)).getHref())
                .isEqualTo("palvelu/" + first.getId() + "?lang=fi");
        assertThat(_get(Anchor.class, spec -> spec.withText("Lataa PDF")).getHref())
                .isEqualTo("polut/" + path.getSlug() + ".pdf?lang=fi");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Upotuskoodi")).getValue())
                .startsWith("<iframe src=\"").contains("upota/polku/" + path.getSlug() + "?lang=fi");
    }

    @Test
    void the_seeded_paths_are_published_with_their_steps() {
        UI.getCurrent().navigate("polut/aloittavan-yrittajan-palvelut");

        assertThat(_get(H1.class).getText()).isEqualTo("Aloittavan yrittäjän palvelut");
        assertThat(_find(ListItem.class, spec -> spec.withClasses("path-step"))).hasSize(4);
        assertThat(paths.page("nuoren-polku-tyoelamaan")).isPresent();
        assertThat(paths.page("kotoutujan-ensimmaiset-askeleet")).isPresent();
    }

    @Test
    void in_english_the_path_has_its_english_title() {
        UI.getCurrent().setLocale(Locale.of("en", "FI"));
        UI.getCurrent().navigate("polut/" + path.getSlug());

        assertThat(_get(H1.class).getText()).isEqualTo("Näkymäpolku " + unique + " (en)");
        assertThat(_get(Anchor.class, spec -> spec.withText("Download PDF")).getHref()).endsWith("?lang=en");
    }

    @Test
    void a_coordinator_makes_a_path_in_the_editor_moves_a_step_up_and_publishes_it() {
        login("koordinaattori-polkueditori", UserRole.COORDINATOR);
        String slug = PathFixture.slug("editori-" + unique);
        fixture.deleteAfterTest(slug);
        UI.getCurrent().navigate("hallinta/polku/uusi");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Otsikko (suomi)")), "Editoripolku " + unique);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Osoite")), slug);
        _click(_get(Button.class, spec -> spec.withText("Lisää vaihe")));
        _click(_get(Button.class, spec -> spec.withText("Lisää vaihe")));
        pick("Vaiheen 1 palvelu", first);
        pick("Vaiheen 2 palvelu", third);
        _click(_find(Button.class, spec -> spec.withText("Siirrä ylös")).get(1));
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Julkaistu")), true);
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        assertThat(paths.page(slug).orElseThrow().steps()).extracting(ServicePaths.Step::serviceId)
                .containsExactly(third.getId(), first.getId());
    }

    @Test
    void the_editor_shows_errors_on_their_fields() {
        login("koordinaattori-polkueditori", UserRole.COORDINATOR);
        UI.getCurrent().navigate("hallinta/polku/uusi");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Osoite")), "Väärä osoite");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Julkaistu")), true);
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        TextField slug = _get(TextField.class, spec -> spec.withLabel("Osoite"));
        assertThat(slug.isInvalid()).isTrue();
        assertThat(slug.getErrorMessage()).contains("pieniä kirjaimia");
        TextField title = _get(TextField.class, spec -> spec.withLabel("Otsikko (suomi)"));
        assertThat(title.getErrorMessage()).isEqualTo("Anna otsikko suomeksi.");
        assertThat(repository.findBySlug("Väärä osoite")).isEmpty();
    }

    @Test
    void a_save_over_a_path_changed_meanwhile_tells_of_the_conflict() {
        login("koordinaattori-polkueditori", UserRole.COORDINATOR);
        UI.getCurrent().navigate("hallinta/polku/" + path.getId());
        var other = editing.editable(path.getId());
        editing.update(path.getId(), other.version(), new fi.ekokartta.paths.PathContent(other.content().slug(),
                LocalizedText.of("Toisen muutos " + unique), other.content().intro(), true, other.content().steps()));

        _setValue(_get(TextField.class, spec -> spec.withLabel("Otsikko (suomi)")), "Oma muutos " + unique);
        _click(_get(Button.class, spec -> spec.withText("Tallenna")));

        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("form-errors"))
                .getElement().getTextRecursively()).contains("Joku muu tallensi polun");
        assertThat(paths.page(path.getSlug()).orElseThrow().title().getFi()).isEqualTo("Toisen muutos " + unique);
    }

    @SuppressWarnings("unchecked")
    private void pick(String label, Offering service) {
        ComboBox<PathEditing.ServiceChoice> box = _get(ComboBox.class, spec -> spec.withLabel(label));
        PathEditing.ServiceChoice choice = box.getListDataView().getItems()
                .filter(item -> item.id().equals(service.getId())).findFirst().orElseThrow();
        _setValue(box, choice);
    }
}
