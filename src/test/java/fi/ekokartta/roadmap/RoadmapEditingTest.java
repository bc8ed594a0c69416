package fi.ekokartta.roadmap;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorStatus;
import fi.ekokartta.base.domain.ConflictException;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.ValidationException;
import fi.ekokartta.forum.ForumFixture;
import fi.ekokartta.forum.ForumRepository;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A coordinator's changes to the roadmap: goals and actions created, changed and deleted, their
 * validation, optimistic locking, and the links to meeting decisions and follow-up meetings with
 * what the public sees of a decision whose minutes are not published.
 */
class RoadmapEditingTest extends AbstractAppTest {

    @Autowired
    private RoadmapEditing editing;
    @Autowired
    private Roadmap roadmap;
    @Autowired
    private RoadmapGoalRepository goalRepository;
    @Autowired
    private ForumRepository forums;
    @Autowired
    private JdbcTemplate jdbc;

    private String unique;
    private Actor owner;
    private Actor archived;
    private ForumFixture forum;
    private RoadmapFixture fixture;

    @BeforeEach
    void aForumAndOwners() {
        unique = EntryFixture.unique();
        owner = entries().actor("Tiekarttatoimija " + unique);
        archived = entries().actor("Arkistoitu toimija " + unique, actor -> actor.setStatus(ActorStatus.ARCHIVED));
        forum = new ForumFixture(unique, owner, archived).save(forums, this::deleteAfterTest);
        fixture = new RoadmapFixture(goalRepository, jdbc, this::deleteAfterTest);
        login("koordinaattori-" + unique, UserRole.COORDINATOR);
    }

    private GoalContent goalContent(String title) {
        return new GoalContent(new LocalizedText(title, "Mål " + unique, "Goal " + unique),
                LocalizedText.of("Kuvaus " + unique), owner.getId(), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), ProgressStatus.IN_PROGRESS);
    }

    private ActionContent actionContent(String title, UUID meetingId, String decision, Set<UUID> followUps) {
        return new ActionContent(LocalizedText.of(title), LocalizedText.of("Toimenpiteen kuvaus"), owner.getId(),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 30), ProgressStatus.PLANNED, meetingId, decision, followUps);
    }

    private UUID createGoal(String title) {
        UUID id = editing.createGoal(goalContent(title));
        fixture.removeAfterTest(id);
        return id;
    }

    private Roadmap.GoalRow goal(UUID id) {
        return roadmap.goals().stream().filter(goal -> goal.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void a_coordinator_creates_edits_and_deletes_a_goal_and_its_actions() {
        UUID goalId = createGoal("Tavoite " + unique);
        Roadmap.GoalRow created = goal(goalId);
        assertThat(created.title().getSv()).isEqualTo("Mål " + unique);
        assertThat(created.owner().getFi()).isEqualTo("Tiekarttatoimija " + unique);
        assertThat(created.status()).isEqualTo(ProgressStatus.IN_PROGRESS);

        UUID first = editing.createAction(goalId, actionContent("Ensimmäinen " + unique, null, null, Set.of()));
        UUID second = editing.createAction(goalId, actionContent("  Toinen " + unique + "  ", null, null, Set.of()));
        assertThat(goal(goalId).actions()).extracting(action -> action.title().getFi())
                .containsExactly("Ensimmäinen " + unique, "Toinen " + unique);

        Roadmap.GoalRow stored = goal(goalId);
        editing.updateGoal(goalId, stored.version(), new GoalContent(LocalizedText.of("Muutettu " + unique),
                new LocalizedText(), null, null, null, ProgressStatus.DONE));
        assertThat(goal(goalId).title().getFi()).isEqualTo("Muutettu " + unique);
        assertThat(goal(goalId).owner()).isNull();

        Roadmap.ActionRow action = goal(goalId).actions().getFirst();
        editing.deleteAction(first, action.version());
        assertThat(goal(goalId).actions()).extracting(Roadmap.ActionRow::id).containsExactly(second);
        assertThat(jdbc.queryForObject("select position from roadmap_action where id = ?", Integer.class, second)).isZero();

        Roadmap.GoalRow before = goal(goalId);
        editing.deleteGoal(goalId, before.version());
        assertThat(jdbc.queryForObject("select count(*) from roadmap_goal where id = ?", Integer.class, goalId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from roadmap_action where goal_id = ?", Integer.class, goalId)).isZero();
    }

    @Test
    void invalid_input_is_refused_field_by_field_and_nothing_is_stored() {
        int goalsBefore = jdbc.queryForObject("select count(*) from roadmap_goal", Integer.class);
        GoalContent invalidGoal = new GoalContent(new LocalizedText(" ", null, "x".repeat(201)), new LocalizedText(),
                archived.getId(), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 1), null);

        assertThatThrownBy(() -> editing.createGoal(invalidGoal)).isInstanceOfSatisfying(ValidationException.class,
                invalid -> assertThat(invalid.getFieldErrors()).containsExactlyInAnyOrderEntriesOf(Map.of(
                        "title.fi", "roadmap.error.title-required", "title.en", "roadmap.error.title-too-long",
                        "owner", "roadmap.error.owner-not-active", "end", "roadmap.error.end-before-start")));
        assertThat(jdbc.queryForObject("select count(*) from roadmap_goal", Integer.class)).isEqualTo(goalsBefore);

        UUID goalId = createGoal("Tavoite " + unique);
        ActionContent invalidAction = new ActionContent(LocalizedText.of("Toimenpide " + unique), new LocalizedText(),
                null, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 1), null, forum.older.getId(),
                "Päätös jota ei ole", Set.of(UUID.randomUUID()));
        assertThatThrownBy(() -> editing.createAction(goalId, invalidAction)).isInstanceOfSatisfying(ValidationException.class,
                invalid -> assertThat(invalid.getFieldErrors()).containsExactlyInAnyOrderEntriesOf(Map.of(
                        "owner", "roadmap.error.owner-required", "due", "roadmap.error.due-before-start",
                        "decision", "roadmap.error.decision-not-in-meeting", "followUps", "roadmap.error.meeting-not-found")));
        ActionContent noDecision = actionContent("Toimenpide " + unique, forum.older.getId(), " ", Set.of());
        assertThatThrownBy(() -> editing.createAction(goalId, noDecision)).isInstanceOfSatisfying(ValidationException.class,
                invalid -> assertThat(invalid.getFieldErrors()).containsEntry("decision", "roadmap.error.decision-required"));
        assertThat(goal(goalId).actions()).isEmpty();
    }

    @Test
    void every_message_is_translated_in_finnish_swedish_and_english() {
        List<String> keys = List.of("title-required", "title-too-long", "text-too-long", "owner-required",
                "owner-not-active", "end-before-start", "due-before-start", "meeting-not-found", "decision-required",
                "decision-not-in-meeting", "goal-not-found", "action-not-found", "conflict");
        for (java.util.Locale locale : List.of(java.util.Locale.forLanguageTag("fi"), java.util.Locale.forLanguageTag("sv"),
                java.util.Locale.ENGLISH)) {
            com.vaadin.flow.component.UI.getCurrent().setLocale(locale);
            for (String key : keys) {
                String text = com.vaadin.flow.component.UI.getCurrent().getTranslation("roadmap.error." + key);
                assertThat(text).doesNotContain("roadmap.error").isNotBlank();
            }
        }
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("fi"));
        assertThat(com.vaadin.flow.component.UI.getCurrent().getTranslation("roadmap.error.title-required"))
                .isEqualTo("Anna otsikko suomeksi.");
    }

    @Test
    void a_stale_version_is_a_conflict_and_changes_nothing() {
        UUID goalId = createGoal("Tavoite " + unique);
        UUID actionId = editing.createAction(goalId, actionContent("Toimenpide " + unique, null, null, Set.of()));
        long goalVersion = goal(goalId).version();
        long actionVersion = goal(goalId).actions().getFirst().version();
        editing.updateGoal(goalId, goalVersion, goalContent("Ensin tallennettu " + unique));
        editing.setActionStatus(actionId, actionVersion, ProgressStatus.IN_PROGRESS);

        assertThatThrownBy(() -> editing.updateGoal(goalId, goalVersion, goalContent("Myöhemmin " + unique)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> editing.updateAction(actionId, actionVersion, actionContent("Myöhemmin " + unique,
                null, null, Set.of()))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> editing.setActionStatus(actionId, actionVersion, ProgressStatus.DONE))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> editing.deleteGoal(goalId, goalVersion)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> editing.deleteAction(actionId, actionVersion)).isInstanceOf(ConflictException.class);

        Roadmap.GoalRow stored = goal(goalId);
        assertThat(stored.title().getFi()).isEqualTo("Ensin tallennettu " + unique);
        assertThat(stored.actions()).singleElement().satisfies(action -> {
            assertThat(action.title().getFi()).isEqualTo("Toimenpide " + unique);
            assertThat(action.status()).isEqualTo(ProgressStatus.IN_PROGRESS);
        });
    }

    @Test
    void links_to_a_decision_and_follow_up_meetings_are_saved_and_shown() {
        UUID goalId = createGoal("Tavoite " + unique);
        UUID actionId = editing.createAction(goalId, actionContent("Toimenpide " + unique, forum.older.getId(),
                "Julkinen päätös " + unique, Set.of(forum.recent.getId(), forum.upcoming.getId())));

        Roadmap.ActionRow action = goal(goalId).actions().getFirst();
        assertThat(action.decidedIn().meeting().id()).isEqualTo(forum.older.getId());
        assertThat(action.decidedIn().decision()).isEqualTo("Julkinen päätös " + unique);
        assertThat(action.followUps()).extracting(Roadmap.MeetingLink::id)
                .containsExactly(forum.recent.getId(), forum.upcoming.getId());
        assertThat(jdbc.queryForObject("select count(*) from roadmap_action_follow_up where action_id = ?", Integer.class,
                actionId)).isEqualTo(2);

        assertThat(roadmap.actionsOfMeeting(forum.older.getId())).singleElement().satisfies(linked -> {
            assertThat(linked.id()).isEqualTo(actionId);
            assertThat(linked.decidedHere()).isTrue();
            assertThat(linked.followedUpHere()).isFalse();
        });
        assertThat(roadmap.actionsOfMeeting(forum.recent.getId())).singleElement()
                .satisfies(linked -> assertThat(linked.followedUpHere()).isTrue());

        editing.updateAction(actionId, action.version(), actionContent("Toimenpide " + unique, forum.recent.getId(),
                "Salainen päätös " + unique, Set.of(forum.older.getId())));
        Roadmap.ActionRow changed = goal(goalId).actions().getFirst();
        assertThat(changed.decidedIn().meeting().id()).isEqualTo(forum.recent.getId());
        assertThat(changed.followUps()).extracting(Roadmap.MeetingLink::id).containsExactly(forum.older.getId());
        assertThat(roadmap.actionsOfMeeting(forum.upcoming.getId())).isEmpty();

        editing.updateAction(actionId, changed.version(), actionContent("Toimenpide " + unique, null, null, Set.of()));
        Roadmap.ActionRow unlinked = goal(goalId).actions().getFirst();
        assertThat(unlinked.decidedIn()).isNull();
        assertThat(unlinked.followUps()).isEmpty();
        assertThat(jdbc.queryForObject("select decision from roadmap_action where id = ?", String.class, actionId)).isNull();
    }

    @Test
    void a_linked_decision_keeps_its_text_when_the_minutes_are_reworded() {
        UUID goalId = createGoal("Tavoite " + unique);
        UUID actionId = editing.createAction(goalId, actionContent("Toimenpide " + unique, forum.older.getId(),
                "Julkinen päätös " + unique, Set.of()));
        jdbc.update("update meeting_decision set decision = ? where meeting_id = ?", "Uudelleen muotoiltu " + unique,
                forum.older.getId());

        Roadmap.ActionRow action = goal(goalId).actions().getFirst();
        assertThat(action.decidedIn().decision()).isEqualTo("Julkinen päätös " + unique);
        editing.updateAction(actionId, action.version(), actionContent("Muutettu " + unique, forum.older.getId(),
                "Julkinen päätös " + unique, Set.of()));
        assertThat(goal(goalId).actions().getFirst().title().getFi()).isEqualTo("Muutettu " + unique);
    }

    @Test
    void the_public_sees_a_decision_only_when_its_minutes_are_published() {
        fixture.goal("Julkisuus " + unique, forum.recent, "Salainen päätös " + unique, owner, owner);
        UUID goalId = roadmap.goals().stream().filter(g -> g.title().getFi().equals("Julkisuus " + unique))
                .findFirst().orElseThrow().id();
        fixture.goal("Julkaistu " + unique, forum.older, "Julkinen päätös " + unique, owner);

        assertThat(goal(goalId).actions().getFirst().decidedIn().decision()).isEqualTo("Salainen päätös " + unique);

        logout();
        Roadmap.DecisionLink hidden = goal(goalId).actions().getFirst().decidedIn();
        assertThat(hidden.meeting().id()).isEqualTo(forum.recent.getId());
        assertThat(hidden.decision()).isNull();
        Roadmap.DecisionLink published = roadmap.goals().stream().filter(g -> g.title().getFi().equals("Julkaistu " + unique))
                .findFirst().orElseThrow().actions().getFirst().decidedIn();
        assertThat(published.decision()).isEqualTo("Julkinen päätös " + unique);
    }
}
