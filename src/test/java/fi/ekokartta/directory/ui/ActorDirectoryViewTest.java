package fi.ekokartta.directory.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorSector;
import fi.ekokartta.actor.ActorStatus;
import fi.ekokartta.area.MunicipalityRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ActorDirectoryViewTest extends AbstractAppTest {

    @Autowired
    private MunicipalityRepository municipalities;

    private String unique;
    private Actor association;
    private Actor company;

    @BeforeEach
    void actors() {
        unique = EntryFixture.unique();
        association = entries().actor("Testiyhdistys " + unique, actor -> {
            actor.setSector(ActorSector.THIRD_SECTOR);
            actor.getMunicipalities().add(municipalities.findById("091").orElseThrow());
        });
        company = entries().actor("Testiyritys " + unique, actor -> {
            actor.setSector(ActorSector.COMPANY);
            actor.getMunicipalities().add(municipalities.findById("208").orElseThrow());
        });
        entries().actor("Arkistoitu testitoimija " + unique, actor -> actor.setStatus(ActorStatus.ARCHIVED));
    }

    @Test
    void name_search_lists_active_actors_with_links_to_their_pages() {
        UI.getCurrent().navigate("toimijat", QueryParameters.of("hae", unique));

        _get(H1.class, spec -> spec.withText("Toimijat"));
        assertThat(count()).isEqualTo("2 toimijaa");
        Anchor link = _get(Anchor.class, spec -> spec.withText("Testiyhdistys " + unique));
        assertThat(link.getHref()).isEqualTo("toimija/" + association.getId());
        _get(Anchor.class, spec -> spec.withText("Testiyritys " + unique));
        _assertNone(Anchor.class, spec -> spec.withText("Arkistoitu testitoimija " + unique));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Hae toimijaa nimellä")).getValue()).isEqualTo(unique);
    }

    @Test
    void sector_and_municipality_from_the_address_narrow_the_list() {
        UI.getCurrent().navigate("toimijat", QueryParameters.simple(Map.of("hae", unique, "sektori", "THIRD_SECTOR")));
        assertThat(count()).isEqualTo("1 toimija");
        _get(Anchor.class, spec -> spec.withText("Testiyhdistys " + unique));
        _assertNone(Anchor.class, spec -> spec.withText("Testiyritys " + unique));

        UI.getCurrent().navigate("toimijat", QueryParameters.simple(Map.of("hae", unique, "kunta", "208")));
        assertThat(count()).isEqualTo("1 toimija");
        _get(Anchor.class, spec -> spec.withText("Testiyritys " + unique));
        _assertNone(Anchor.class, spec -> spec.withText("Testiyhdistys " + unique));
    }

    @Test
    void choosing_filters_puts_them_in_the_address() {
        UI.getCurrent().navigate("toimijat");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Hae toimijaa nimellä")), unique);
        assertThat(address()).contains("hae=" + unique);
        assertThat(count()).isEqualTo("2 toimijaa");

        @SuppressWarnings("unchecked")
        Select<String> sector = _get(Select.class, spec -> spec.withLabel("Sektori"));
        _setValue(sector, "COMPANY");

        assertThat(address()).contains("hae=" + unique).contains("sektori=COMPANY");
        assertThat(count()).isEqualTo("1 toimija");
        _get(Anchor.class, spec -> spec.withText("Testiyritys " + unique));
    }

    @Test
    void the_whole_directory_is_paged() {
        UI.getCurrent().navigate("toimijat");

        assertThat(Integer.parseInt(count().replaceAll("\\D", ""))).isGreaterThan(ActorDirectoryView.PAGE_SIZE);
        Button next = _get(Button.class, spec -> spec.withText("Seuraava sivu"));
        assertThat(next.isEnabled()).isTrue();
        UI.getCurrent().navigate("toimijat", QueryParameters.of("sivu", "2"));
        assertThat(_get(Button.class, spec -> spec.withText("Edellinen sivu")).isEnabled()).isTrue();
    }

    @Test
    void nothing_found_says_so_in_swedish_too() {
        UI.getCurrent().navigate("toimijat", QueryParameters.simple(Map.of("hae", "qwxyzzy" + unique, "lang", "sv")));

        _get(H1.class, spec -> spec.withText("Aktörer"));
        assertThat(count()).isEqualTo("0 aktörer");
    }

    private static String count() {
        return _get(Paragraph.class, spec -> spec.withClasses("actor-count")).getText();
    }

    private static String address() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }
}
