package fi.ekokartta.roadmap;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.forum.ForumFixture;
import fi.ekokartta.forum.ForumRepository;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;


import org.springframework.security.core.context.SecurityContextHolder;


import java.time.LocalDate;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Who may change the roadmap, every operation for every kind of user asserted both ways: an
 * allowed operation changes the stored roadmap, a refused one throws AccessDeniedException and
 * leaves it as it was. Seen from maintainer A: "own" is an action owned by a unit of organization
 * A, "other" one owned by organization B. Coordinators do everything; a maintainer changes only
 * the status of the actions of actors she keeps current; administrators, counsellors and
 * anonymous visitors change nothing.
 */
class RoadmapAccessMatrixTest extends AbstractAppTest {

    enum Who { ANONYMOUS, COUNSELLOR, MAINTAINER_A, MAINTAINER_B, COORDINATOR, ADMIN }

    enum Operation { CREATE_GOAL, EDIT_GOAL, DELETE_GOAL, CREATE_ACTION, EDIT_ACTION, DELETE_ACTION, STATUS_OWN, STATUS_OTHER }

    @Autowired
    private RoadmapEditing editing;
    @Autowired
    private RoadmapGoalRepository goals;
    @Autowired
    private ForumRepository forums;
    @Autowired
    private JdbcTemplate jdbc;

    private String unique;
    private Actor unitOfA;
    private ForumFixture forum;
    private RoadmapGoal goal;
    private RoadmapGoal emptyGoal;
    private RoadmapAction own;
    private RoadmapAction other;

    @BeforeEach
    void organizationsAccountsAndARoadmap() {
        unique = EntryFixture.unique();
        Actor organizationA = entries().actor("Järjestö A " + unique);
        unitOfA = entries().actor("Yksikkö A " + unique, unit -> unit.setParent(organizationA));
        Actor organizationB = entries().actor("Järjestö B " + unique);
        saveUser(username(Who.COUNSELLOR), UserRole.COUNSELLOR);
        saveUser(username(Who.MAINTAINER_A), UserRole.MAINTAINER, organizationA);
        saveUser(username(Who.MAINTAINER_B), UserRole.MAINTAINER, organizationB);
        saveUser(username(Who.COORDINATOR), UserRole.COORDINATOR);
        saveUser(username(Who.ADMIN), UserRole.ADMIN);
        forum = new ForumFixture(unique, organizationA, organizationB).save(forums, this::deleteAfterTest);
        RoadmapFixture fixture = new RoadmapFixture(goals, jdbc, this::deleteAfterTest);
        goal = fixture.goal("Matriisitavoite " + unique, forum.older, "Julkinen päätös " + unique, unitOfA, organizationB);
        emptyGoal = fixture.goal("Tyhjä tavoite " + unique, null, null);
        own = goal.getActions().get(0);
        other = goal.getActions().get(1);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
            "ANONYMOUS, CREATE_GOAL, false", "COUNSELLOR, CREATE_GOAL, false", "MAINTAINER_A, CREATE_GOAL, false",
            "MAINTAINER_B, CREATE_GOAL, false", "COORDINATOR, CREATE_GOAL, true", "ADMIN, CREATE_GOAL, false",
            "ANONYMOUS, EDIT_GOAL, false", "COUNSELLOR, EDIT_GOAL, false", "MAINTAINER_A, EDIT_GOAL, false",
            "MAINTAINER_B, EDIT_GOAL, false", "COORDINATOR, EDIT_GOAL, true", "ADMIN, EDIT_GOAL, false",
            "ANONYMOUS, DELETE_GOAL, false", "COUNSELLOR, DELETE_GOAL, false", "MAINTAINER_A, DELETE_GOAL, false",
            "MAINTAINER_B, DELETE_GOAL, false", "COORDINATOR, DELETE_GOAL, true", "ADMIN, DELETE_GOAL, false",
            "ANONYMOUS, CREATE_ACTION, false", "COUNSELLOR, CREATE_ACTION, false", "MAINTAINER_A, CREATE_ACTION, false",
            "MAINTAINER_B, CREATE_ACTION, false", "COORDINATOR, CREATE_ACTION, true", "ADMIN, CREATE_ACTION, false",
            "ANONYMOUS, EDIT_ACTION, false", "COUNSELLOR, EDIT_ACTION, false", "MAINTAINER_A, EDIT_ACTION, false",
            "MAINTAINER_B, EDIT_ACTION, false", "COORDINATOR, EDIT_ACTION, true", "ADMIN, EDIT_ACTION, false",
            "ANONYMOUS, DELETE_ACTION, false", "COUNSELLOR, DELETE_ACTION, false", "MAINTAINER_A, DELETE_ACTION, false",
            "MAINTAINER_B, DELETE_ACTION, false", "COORDINATOR, DELETE_ACTION, true", "ADMIN, DELETE_ACTION, false",
            "ANONYMOUS, STATUS_OWN, false", "COUNSELLOR, STATUS_OWN, false", "MAINTAINER_A, STATUS_OWN, true",
            "MAINTAINER_B, STATUS_OWN, false", "COORDINATOR, STATUS_OWN, true", "ADMIN, STATUS_OWN, false",
            "ANONYMOUS, STATUS_OTHER, false", "COUNSELLOR, STATUS_OTHER, false", "MAINTAINER_A, STATUS_OTHER, false",
            "MAINTAINER_B, STATUS_OTHER, true", "COORDINATOR, STATUS_OTHER, true", "ADMIN, STATUS_OTHER, false",
    })
    void access(Who who, Operation operation, boolean allowed) {
        Map<String, Object> before = snapshot();
        signIn(who);
        try {
            Runnable action = action(operation);
            if (allowed) {
                action.run();
                assertThat(snapshot()).isNotEqualTo(before);
            } else {
                assertThrows(AccessDeniedException.class, action::run);
                assertThat(snapshot()).isEqualTo(before);
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Runnable action(Operation operation) {
        ActionContent changed = new ActionContent(LocalizedText.of("Muutettu toimenpide " + unique), new LocalizedText(),
                unitOfA.getId(), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30), ProgressStatus.IN_PROGRESS,
                forum.older.getId(), "Julkinen päätös " + unique, Set.of(forum.recent.getId()));
        GoalContent goalContent = new GoalContent(LocalizedText.of("Muutettu tavoite " + unique), new LocalizedText(),
                null, null, null, ProgressStatus.DONE);
        return switch (operation) {
            case CREATE_GOAL -> () -> new RoadmapFixture(goals, jdbc, this::deleteAfterTest)
                    .removeAfterTest(editing.createGoal(goalContent));
            case EDIT_GOAL -> () -> editing.updateGoal(goal.getId(), goal.getVersion(), goalContent);
            case DELETE_GOAL -> () -> editing.deleteGoal(goal.getId(), goal.getVersion());
            case CREATE_ACTION -> () -> editing.createAction(emptyGoal.getId(), changed);
            case EDIT_ACTION -> () -> editing.updateAction(own.getId(), own.getVersion(), changed);
            case DELETE_ACTION -> () -> editing.deleteAction(other.getId(), other.getVersion());
            case STATUS_OWN -> () -> editing.setActionStatus(own.getId(), own.getVersion(), ProgressStatus.DONE);
            case STATUS_OTHER -> () -> editing.setActionStatus(other.getId(), other.getVersion(), ProgressStatus.DONE);
        };
    }

    /** The goals, actions and links of this test as stored, to compare before and after. */
    private Map<String, Object> snapshot() {
        String names = "%" + unique;
        return Map.of(
                "goals", jdbc.queryForList("select id, title_fi, status, version from roadmap_goal where title_fi like ? order by id",
                        names),
                "actions", jdbc.queryForList("""
                        select a.id, a.goal_id, a.title_fi, a.status, a.owner_id, a.decided_in_meeting_id, a.decision,
                        a.version from roadmap_action a join roadmap_goal g on g.id = a.goal_id where g.title_fi like ?
                        order by a.id""", names),
                "followUps", jdbc.queryForList("""
                        select f.* from roadmap_action_follow_up f join roadmap_action a on a.id = f.action_id
                        join roadmap_goal g on g.id = a.goal_id where g.title_fi like ? order by 1, 2""", names));
    }

    private void signIn(Who who) {
        if (who == Who.ANONYMOUS) {
            SecurityContextHolder.clearContext();
            return;
        }
        UserRole userRole = switch (who) {
            case COUNSELLOR -> UserRole.COUNSELLOR;
            case MAINTAINER_A, MAINTAINER_B -> UserRole.MAINTAINER;
            case COORDINATOR -> UserRole.COORDINATOR;
            default -> UserRole.ADMIN;
        };
        login(username(who), userRole);
    }

    private String username(Who who) {
        return "tiekarttamatriisi-" + who.name().toLowerCase() + "-" + unique;
    }

    @Autowired
    private Roadmap roadmap;

    @org.junit.jupiter.api.Test
    void the_page_offers_a_maintainer_the_status_of_her_own_actions_only() {
        signIn(Who.MAINTAINER_A);
        try {
            assertThat(editing.mayEdit()).isFalse();
            assertThat(editing.ownerChoices()).isEmpty();
            assertThat(editing.meetingChoices()).isEmpty();
            assertThat(editing.mayChangeStatus(own.getId())).isTrue();
            assertThat(editing.mayChangeStatus(other.getId())).isFalse();
            Map<UUID, Boolean> editable = new java.util.HashMap<>();
            roadmap.goals().stream().filter(row -> row.id().equals(goal.getId())).flatMap(row -> row.actions().stream())
                    .forEach(row -> editable.put(row.id(), row.statusEditable()));
            assertThat(editable).containsExactlyInAnyOrderEntriesOf(Map.of(own.getId(), true, other.getId(), false));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
