package fi.ekokartta.forum.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.forum.ActionItemRepository;
import fi.ekokartta.forum.ActionStatus;
import fi.ekokartta.forum.ForumDirectory;
import fi.ekokartta.forum.ForumFixture;
import fi.ekokartta.forum.ForumRepository;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The forum pages as the public and staff see them. */
class ForumViewsTest extends AbstractAppTest {

    @Autowired
    private ForumRepository forums;
    @Autowired
    private ForumDirectory directory;
    @Autowired
    private ActionItemRepository actionItems;

    private String unique;
    private ForumFixture fixture;
    private Actor b;

    @BeforeEach
    void a_forum_with_meetings() {
        unique = EntryFixture.unique();
        Actor a = entries().actor("Toimija A " + unique);
        b = entries().actor("Toimija B " + unique);
        fixture = new ForumFixture(unique, a, b).save(forums, this::deleteAfterTest);
    }

    private static String page() {
        return UI.getCurrent().getCurrentView().getElement().getOuterHTML();
    }

    @Test
    void the_list_shows_the_forum_with_its_type_and_next_meeting() {
        UI.getCurrent().navigate("foorumit");

        assertThat(page()).contains("Testifoorumi " + unique).contains("Verkosto").contains("Tuleva kokous " + unique);
    }

    @Test
    void the_public_sees_published_minutes_and_decisions_only_and_no_action_items() {
        UI.getCurrent().navigate("foorumit/kokous/" + fixture.recent.getId());
        assertThat(page()).contains("Tuore kokous " + unique).contains("Tilannekatsaus " + unique)
                .contains("Koordinaattori").contains("20 min").contains("Toimija B " + unique)
                .doesNotContain("Luonnosmuistio").doesNotContain("Salainen päätös").doesNotContain("Avoin tehtävä")
                .contains("Muistiota ja päätöksiä ei ole vielä julkaistu.");

        UI.getCurrent().navigate("foorumit/kokous/" + fixture.older.getId());
        assertThat(page()).contains("Julkinen muistio " + unique).contains("Julkinen päätös " + unique);
    }

    @Test
    void staff_see_unpublished_minutes_decisions_and_action_items() {
        login("ohjaaja-" + unique, UserRole.COUNSELLOR);

        UI.getCurrent().navigate("foorumit/kokous/" + fixture.recent.getId());

        assertThat(page()).contains("Luonnosmuistio " + unique).contains("Salainen päätös " + unique)
                .contains("Avoin tehtävä " + unique).contains("Tehty tehtävä " + unique)
                .contains("Muistio ei ole vielä julkinen.");
    }

    @Test
    void attendance_statistics_count_meetings_held() {
        List<ForumDirectory.AttendanceFigure> figures = directory.forum(fixture.forum.getId()).orElseThrow().attendance();

        assertThat(figures).extracting(f -> f.actor().getFi(), ForumDirectory.AttendanceFigure::attended,
                ForumDirectory.AttendanceFigure::held, ForumDirectory.AttendanceFigure::percent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Toimija A " + unique, 2, 2, 100),
                        org.assertj.core.groups.Tuple.tuple("Toimija B " + unique, 1, 2, 50));
        UI.getCurrent().navigate("foorumit/" + fixture.forum.getId());
        assertThat(page()).contains("Osallistuminen").contains("100 %").contains("50 %")
                .contains("Vanha kokous " + unique).contains("Tuleva kokous " + unique);
    }

    @Test
    void the_coordinator_sees_the_editing_forms() {
        login("koordinaattori-" + unique, UserRole.COORDINATOR);

        UI.getCurrent().navigate("foorumit/kokous/" + fixture.recent.getId());

        assertThat(page()).contains("Tallenna muistio").contains("Lisää päätös").contains("Lisää tehtävä");
    }

    @Test
    void the_coordinator_adds_an_item_to_the_agenda_template() {
        login("koordinaattori-" + unique, UserRole.COORDINATOR);
        UI.getCurrent().navigate("foorumit/" + fixture.forum.getId());

        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("Asialistan kohta")),
                "Pohjan kohta " + unique);
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Lisää kohta")));

        assertThat(page()).contains("Pohjan kohta " + unique).contains("Tallennettu.");
        assertThat(directory.forum(fixture.forum.getId()).orElseThrow().agendaTemplate())
                .extracting(fi.ekokartta.forum.AgendaItem::getTitle).contains("Avaus " + unique, "Pohjan kohta " + unique);
    }

    @Test
    void a_maintainer_marks_her_organizations_action_item_done() {
        saveUser("yllapitaja-" + unique, UserRole.MAINTAINER, b);
        login("yllapitaja-" + unique, UserRole.MAINTAINER);

        UI.getCurrent().navigate("omat-tehtavat");
        assertThat(page()).contains("Avoin tehtävä " + unique).doesNotContain("Tehty tehtävä " + unique);
        @SuppressWarnings("unchecked")
        Select<ActionStatus> status = _find(Select.class).stream()
                .filter(select -> ("Tila: Avoin tehtävä " + unique).equals(select.getAriaLabel().orElse(null)))
                .findFirst().orElseThrow();
        _setValue(status, ActionStatus.DONE);

        assertThat(actionItems.findById(fixture.openItem.getId()).orElseThrow().getStatus()).isEqualTo(ActionStatus.DONE);
    }

    @Test
    void the_coordinator_removes_a_decision_named_by_its_button() {
        login("koordinaattori-" + unique, UserRole.COORDINATOR);
        UI.getCurrent().navigate("foorumit/kokous/" + fixture.recent.getId());

        com.vaadin.flow.component.button.Button remove = _find(com.vaadin.flow.component.button.Button.class).stream()
                .filter(button -> ("Poista päätös: Salainen päätös " + unique).equals(button.getAriaLabel().orElse(null)))
                .findFirst().orElseThrow();
        _click(remove);

        assertThat(page()).contains("Tallennettu.").doesNotContain("Salainen päätös " + unique);
        assertThat(directory.meeting(fixture.recent.getId()).orElseThrow().decisions()).isEmpty();
    }
}
