package fi.ekokartta.roadmap.ui;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.forum.ForumFixture;
import fi.ekokartta.forum.ForumRepository;
import fi.ekokartta.roadmap.ProgressStatus;
import fi.ekokartta.roadmap.Roadmap;
import fi.ekokartta.roadmap.RoadmapAction;
import fi.ekokartta.roadmap.RoadmapEditing;
import fi.ekokartta.roadmap.RoadmapFixture;
import fi.ekokartta.roadmap.RoadmapGoal;
import fi.ekokartta.roadmap.RoadmapGoalRepository;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roadmap's dialogs as a coordinator uses them, the links to meeting decisions and follow-ups
 * on /tiekartta and on the meeting page, and what the public and a maintainer are offered.
 */
class RoadmapEditingViewTest extends AbstractAppTest {

    @Autowired
    private ForumRepository forums;
    @Autowired
    private RoadmapGoalRepository goals;
    @Autowired
    private JdbcTemplate jdbc;

    private String unique;
    private Actor owner;
    private ForumFixture forum;
    private RoadmapFixture fixture;
    private RoadmapGoal goal;
    private RoadmapAction decidedInSecret;
    private RoadmapAction decidedInPublic;

    @BeforeEach
    void aForumAndAGoal() {
        unique = EntryFixture.unique();
        Actor organization = entries().actor("Vastuujärjestö " + unique);
        owner = entries().actor("Vastuuyksikkö " + unique, unit -> unit.setParent(organization));
        Actor b = entries().actor("Toinen toimija " + unique);
        forum = new ForumFixture(unique, owner, b).save(forums, this::deleteAfterTest);
        fixture = new RoadmapFixture(goals, jdbc, this::deleteAfterTest);
        goal = fixture.goal("Näkymätavoite " + unique, forum.recent, "Salainen päätös " + unique, owner, b);
        decidedInSecret = goal.getActions().get(0);
        jdbc.update("insert into roadmap_action_follow_up (action_id, meeting_id) values (?, ?)", decidedInSecret.getId(),
                forum.older.getId());
        RoadmapGoal published = fixture.goal("Julkaistu tavoite " + unique, forum.older, "Julkinen päätös " + unique, owner);
        decidedInPublic = published.getActions().get(0);
        saveUser("tiekartta-yllapitaja-" + unique, UserRole.MAINTAINER, organization);
    }

    private static String page() {
        return UI.getCurrent().getCurrentView().getElement().getOuterHTML();
    }

    private void signInCoordinator() {
        login("tiekartta-koordinaattori-" + unique, UserRole.COORDINATOR);
        UI.getCurrent().navigate("tiekartta");
    }

    @Test
    void a_coordinator_creates_a_goal_and_is_told_what_is_missing() {
        signInCoordinator();
        _click(_get(Button.class, spec -> spec.withText("Uusi tavoite")));
        GoalDialog dialog = _get(GoalDialog.class);

        _click(_get(dialog, Button.class, spec -> spec.withText("Tallenna")));
        TextField title = _get(dialog, TextField.class, spec -> spec.withLabel("Otsikko (suomi)"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Anna otsikko suomeksi.");
        assertThat(dialog.isOpened()).isTrue();

        _setValue(title, "Dialogitavoite " + unique);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Otsikko (ruotsi)")), "Dialogmål " + unique);
        dialog.owner.setValue(dialog.owner.getListDataView().getItems()
                .filter(choice -> choice.id().equals(owner.getId())).findFirst().orElseThrow());
        dialog.start.setValue(java.time.LocalDate.of(2026, 6, 1));
        dialog.end.setValue(java.time.LocalDate.of(2026, 1, 1));
        _click(_get(dialog, Button.class, spec -> spec.withText("Tallenna")));
        assertThat(dialog.end.getErrorMessage()).isEqualTo("Päättymispäivä ei voi olla ennen alkamispäivää.");

        dialog.end.setValue(java.time.LocalDate.of(2026, 12, 31));
        _click(_get(dialog, Button.class, spec -> spec.withText("Tallenna")));

        assertThat(dialog.isOpened()).isFalse();
        UUID id = jdbc.queryForObject("select id from roadmap_goal where title_fi = ?", UUID.class, "Dialogitavoite " + unique);
        fixture.removeAfterTest(id);
        assertThat(page()).contains("Dialogitavoite " + unique).contains("Tallennettu.");
    }

    @Test
    void a_coordinator_adds_an_action_linked_to_a_decision_and_follow_ups() {
        signInCoordinator();
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label",
                "Uusi toimenpide tavoitteeseen: Näkymätavoite " + unique)));
        ActionDialog dialog = _get(ActionDialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Otsikko (suomi)")), "Dialogitoimenpide " + unique);
        dialog.owner.setValue(dialog.owner.getListDataView().getItems()
                .filter(choice -> choice.id().equals(owner.getId())).findFirst().orElseThrow());
        RoadmapEditing.MeetingChoice older = dialog.decidedIn.getListDataView().getItems()
                .filter(m -> m.id().equals(forum.older.getId())).findFirst().orElseThrow();
        RoadmapEditing.MeetingChoice upcoming = dialog.decidedIn.getListDataView().getItems()
                .filter(m -> m.id().equals(forum.upcoming.getId())).findFirst().orElseThrow();
        assertThat(dialog.decision.isEnabled()).isFalse();
        dialog.decidedIn.setValue(older);
        assertThat(dialog.decision.isEnabled()).isTrue();
        assertThat(dialog.decision.getListDataView().getItems()).containsExactly("Julkinen päätös " + unique);
        dialog.decision.setValue("Julkinen päätös " + unique);
        dialog.followUps.setValue(Set.of(upcoming));
        _click(_get(dialog, Button.class, spec -> spec.withText("Tallenna")));

        assertThat(dialog.isOpened()).isFalse();
        UUID id = jdbc.queryForObject("select id from roadmap_action where title_fi = ?", UUID.class,
                "Dialogitoimenpide " + unique);
        Span title = _get(Span.class, spec -> spec.withId(Roadmap.anchor(id)));
        assertThat(title.getText()).isEqualTo("Dialogitoimenpide " + unique);
        String row = title.getElement().getParent().getParent().getOuterHTML();
        assertThat(row).contains("Päätetty:").contains("href=\"foorumit/kokous/" + forum.older.getId() + "\"")
                .contains("Julkinen päätös " + unique).contains("Seurattu:")
                .contains("href=\"foorumit/kokous/" + forum.upcoming.getId() + "\"");
    }

    @Test
    void a_coordinator_edits_an_action_and_deletes_a_goal_after_a_question() {
        signInCoordinator();
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label",
                "Muokkaa toimenpidettä: Näkymätavoite " + unique + " toimenpide 1")));
        ActionDialog action = _get(ActionDialog.class);
        assertThat(action.decidedIn.getValue().id()).isEqualTo(forum.recent.getId());
        assertThat(action.decision.getValue()).isEqualTo("Salainen päätös " + unique);
        assertThat(action.followUps.getValue()).extracting(RoadmapEditing.MeetingChoice::id).containsExactly(forum.older.getId());
        _setValue(_get(action, TextField.class, spec -> spec.withLabel("Otsikko (englanti)")), "Edited action " + unique);
        _click(_get(action, Button.class, spec -> spec.withText("Tallenna")));
        assertThat(jdbc.queryForObject("select title_en from roadmap_action where id = ?", String.class,
                decidedInSecret.getId())).isEqualTo("Edited action " + unique);
        assertThat(jdbc.queryForObject("select decision from roadmap_action where id = ?", String.class,
                decidedInSecret.getId())).isEqualTo("Salainen päätös " + unique);

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Muokkaa tavoitetta: Näkymätavoite " + unique)));
        GoalDialog dialog = _get(GoalDialog.class);
        _click(_get(dialog, Button.class, spec -> spec.withText("Poista")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("message", ""))
                .isEqualTo("Tavoite ”Näkymätavoite " + unique + "” ja sen 2 toimenpidettä poistetaan. Poistoa ei voi perua.");
        assertThat(jdbc.queryForObject("select count(*) from roadmap_goal where id = ?", Integer.class, goal.getId())).isOne();
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(jdbc.queryForObject("select count(*) from roadmap_goal where id = ?", Integer.class, goal.getId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from roadmap_action where goal_id = ?", Integer.class, goal.getId()))
                .isZero();
        assertThat(page()).doesNotContain("Näkymätavoite " + unique).contains("Poistettu.");
    }

    @Test
    void the_public_sees_links_but_not_the_text_of_an_unpublished_decision_and_no_editing() {
        UI.getCurrent().navigate("tiekartta");

        _assertNone(Button.class, spec -> spec.withText("Uusi tavoite"));
        _assertNone(Button.class, spec -> spec.withText("Muokkaa"));
        _assertNone(Select.class);
        String secret = _get(Span.class, spec -> spec.withId(Roadmap.anchor(decidedInSecret.getId())))
                .getElement().getParent().getParent().getOuterHTML();
        assertThat(secret).contains("href=\"foorumit/kokous/" + forum.recent.getId() + "\"")
                .contains("päätöksen teksti julkaistaan kokouksen muistion mukana")
                .contains("href=\"foorumit/kokous/" + forum.older.getId() + "\"");
        assertThat(page()).doesNotContain("Salainen päätös " + unique).contains("Julkinen päätös " + unique);

        login("tiekartta-neuvoja-" + unique, UserRole.COUNSELLOR);
        UI.getCurrent().navigate("foorumit");
        UI.getCurrent().navigate("tiekartta");
        assertThat(page()).contains("Salainen päätös " + unique);
        _assertNone(Button.class, spec -> spec.withText("Uusi tavoite"));
    }

    @Test
    void a_maintainer_changes_the_status_of_her_own_actions_only() {
        login("tiekartta-yllapitaja-" + unique, UserRole.MAINTAINER);
        UI.getCurrent().navigate("tiekartta");

        _assertNone(Button.class, spec -> spec.withText("Uusi tavoite"));
        @SuppressWarnings("unchecked")
        Select<ProgressStatus> own = statusChoice("Tila: Näkymätavoite " + unique + " toimenpide 1").orElseThrow();
        assertThat(statusChoice("Tila: Näkymätavoite " + unique + " toimenpide 2")).isEmpty();
        _setValue(own, ProgressStatus.DONE);

        assertThat(jdbc.queryForObject("select status from roadmap_action where id = ?", String.class,
                decidedInSecret.getId())).isEqualTo("DONE");
        assertThat(page()).contains("Tallennettu.");
    }

    @SuppressWarnings("rawtypes")
    private static java.util.Optional<Select> statusChoice(String label) {
        return _find(Select.class).stream().filter(select -> select.getAriaLabel().orElse("").equals(label)).findFirst();
    }

    @Test
    void the_meeting_page_lists_the_roadmap_actions_decided_or_followed_up_there() {
        UI.getCurrent().navigate("foorumit/kokous/" + forum.older.getId());

        Anchor decided = _get(Anchor.class, spec -> spec.withText(decidedInPublic.getTitle().getFi()));
        assertThat(decided.getHref()).isEqualTo("tiekartta#" + Roadmap.anchor(decidedInPublic.getId()));
        Anchor followed = _get(Anchor.class, spec -> spec.withText(decidedInSecret.getTitle().getFi()));
        assertThat(followed.getHref()).isEqualTo("tiekartta#" + Roadmap.anchor(decidedInSecret.getId()));
        String section = followed.getElement().getParent().getParent().getParent().getOuterHTML();
        assertThat(section).contains("Tiekartan toimenpiteet").contains("päätetty tässä kokouksessa")
                .contains("seurattu tässä kokouksessa");

        UI.getCurrent().navigate("foorumit/kokous/" + forum.upcoming.getId());
        assertThat(page()).contains("Tiekartan toimenpiteet")
                .contains("Tässä kokouksessa ei ole päätetty eikä seurattu tiekartan toimenpiteitä.");
        assertThat(_find(Anchor.class, spec -> spec.withText(decidedInSecret.getTitle().getFi()))).isEmpty();
    }

    @Test
    void on_a_phone_each_action_is_a_card_of_labelled_values_in_every_language() {
        UI.getCurrent().navigate("tiekartta");
        String row = _get(Span.class, spec -> spec.withId(Roadmap.anchor(decidedInPublic.getId())))
                .getElement().getParent().getParent().getOuterHTML();
        assertThat(row).contains("data-label=\"Vastuutoimija\"").contains("data-label=\"Alkaa\"")
                .contains("data-label=\"Valmis\"").contains("data-label=\"Päätös ja seuranta\"");
        assertThat(page()).contains("table-scroller").doesNotContain("keep-columns").contains("roadmap-chart");

        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("sv"));
        UI.getCurrent().navigate("foorumit");
        UI.getCurrent().navigate("tiekartta");
        assertThat(page()).contains("data-label=\"Ansvarig aktör\"").contains("Beslutat:");
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("foorumit");
        UI.getCurrent().navigate("tiekartta");
        assertThat(page()).contains("data-label=\"Owner\"").contains("Decided:").contains("Followed up:");
    }
}
