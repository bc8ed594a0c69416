package fi.ekokartta.roadmap;

import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.security.CurrentUser;
import fi.ekokartta.security.UserRole;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The roadmap (tiekartta) as everyone reads it, and its changes, which only coordinators make
 * (decided here). A goal's progress is the share of its actions done; a goal without actions is
 * 100 % when done, else 0 %.
 */
@Service
@Transactional(readOnly = true)
public class Roadmap {

    public record ActionRow(UUID id, LocalizedText title, LocalizedText description, LocalizedText owner,
                            LocalDate start, LocalDate due, ProgressStatus status) {
    }

    public record GoalRow(UUID id, LocalizedText title, LocalizedText description, LocalizedText owner, LocalDate start,
                          LocalDate end, ProgressStatus status, List<ActionRow> actions) {

        public int progressPercent() {
            if (actions.isEmpty()) {
                return status == ProgressStatus.DONE ? 100 : 0;
            }
            long done = actions.stream().filter(action -> action.status() == ProgressStatus.DONE).count();
            return Math.round(done * 100f / actions.size());
        }
    }

    private final RoadmapGoalRepository goals;
    private final RoadmapActionRepository actions;
    private final CurrentUser currentUser;

    Roadmap(RoadmapGoalRepository goals, RoadmapActionRepository actions, CurrentUser currentUser) {
        this.goals = goals;
        this.actions = actions;
        this.currentUser = currentUser;
    }

    public List<GoalRow> goals() {
        return goals.findAllInOrder().stream().map(goal -> new GoalRow(goal.getId(), goal.getTitle(),
                goal.getDescription(), goal.getOwner() == null ? null : goal.getOwner().getName(), goal.getStart(),
                goal.getEnd(), goal.getStatus(), goal.getActions().stream().map(action -> new ActionRow(action.getId(),
                action.getTitle(), action.getDescription(),
                action.getOwner() == null ? null : action.getOwner().getName(), action.getStart(), action.getDue(),
                action.getStatus())).toList())).toList();
    }

    public boolean canEdit() {
        return currentUser.hasRole(UserRole.COORDINATOR);
    }

    @Transactional
    public void setActionStatus(UUID actionId, ProgressStatus status) {
        if (!canEdit()) {
            throw new AccessDeniedException("Only coordinators edit the roadmap");
        }
        RoadmapAction action = actions.findById(actionId).orElseThrow(() -> new IllegalArgumentException("No action " + actionId));
        action.setStatus(status == null ? ProgressStatus.PLANNED : status);
    }
}
