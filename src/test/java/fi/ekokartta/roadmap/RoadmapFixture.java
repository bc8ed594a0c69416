package fi.ekokartta.roadmap;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.forum.Meeting;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;

/** Roadmap goals and actions stored for a test and removed after it (actions and links first). */
public final class RoadmapFixture {

    private final RoadmapGoalRepository goals;
    private final JdbcTemplate jdbc;
    private final Consumer<Runnable> deleteAfterTest;

    public RoadmapFixture(RoadmapGoalRepository goals, JdbcTemplate jdbc, Consumer<Runnable> deleteAfterTest) {
        this.goals = goals;
        this.jdbc = jdbc;
        this.deleteAfterTest = deleteAfterTest;
    }

    /** A goal with one action per owner given, the first action decided in {@code decidedIn} (if any). */
    public RoadmapGoal goal(String title, Meeting decidedIn, String decision, Actor... owners) {
        RoadmapGoal goal = new RoadmapGoal();
        goal.setTitle(LocalizedText.of(title));
        goal.setStart(LocalDate.of(2026, 1, 1));
        goal.setEnd(LocalDate.of(2026, 12, 31));
        for (int i = 0; i < owners.length; i++) {
            RoadmapAction action = new RoadmapAction();
            action.setTitle(LocalizedText.of(title + " toimenpide " + (i + 1)));
            action.setOwner(owners[i]);
            action.setStart(LocalDate.of(2026, 2, 1));
            action.setDue(LocalDate.of(2026, 6, 30));
            if (i == 0 && decidedIn != null) {
                action.setDecision(decidedIn, decision);
            }
            goal.addAction(action);
        }
        RoadmapGoal saved = goals.save(goal);
        removeAfterTest(saved.getId());
        return saved;
    }

    /** Removes a goal made through the service, with its actions, after the test. */
    public void removeAfterTest(UUID goalId) {
        deleteAfterTest.accept(() -> {
            jdbc.update("delete from roadmap_action where goal_id = ?", goalId);
            jdbc.update("delete from roadmap_goal where id = ?", goalId);
        });
    }
}
