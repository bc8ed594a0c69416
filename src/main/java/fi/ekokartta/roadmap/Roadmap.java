package fi.ekokartta.roadmap;

import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.forum.Meeting;
import fi.ekokartta.security.CurrentUser;
import fi.ekokartta.stewardship.EditingRights;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The roadmap (tiekartta) as everyone reads it. A goal's progress is the share of its actions
 * done; a goal without actions is 100 % when done, else 0 %. An action links to the meeting
 * decision it came from and to the meetings where it was followed up; the public sees the
 * decision's text only when that meeting's minutes are published (as on the meeting page, see
 * {@code ForumDirectory}), signed-in staff always. Changes are {@link RoadmapEditing}'s.
 */
@Service
@Transactional(readOnly = true)
public class Roadmap {

    /** A meeting an action links to; its page is /foorumit/kokous/{id}. */
    public record MeetingLink(UUID id, String title, LocalDateTime start) {
    }

    /** The decision an action came from; {@code decision} is null when hidden from the reader. */
    public record DecisionLink(MeetingLink meeting, String decision) {
    }

    public record ActionRow(UUID id, long version, LocalizedText title, LocalizedText description, UUID ownerId,
                            LocalizedText owner, LocalDate start, LocalDate due, ProgressStatus status,
                            DecisionLink decidedIn, List<MeetingLink> followUps, boolean statusEditable) {
    }

    public record GoalRow(UUID id, long version, LocalizedText title, LocalizedText description, UUID ownerId,
                          LocalizedText owner, LocalDate start, LocalDate end, ProgressStatus status,
                          List<ActionRow> actions) {

        public int progressPercent() {
            if (actions.isEmpty()) {
                return status == ProgressStatus.DONE ? 100 : 0;
            }
            long done = actions.stream().filter(action -> action.status() == ProgressStatus.DONE).count();
            return Math.round(done * 100f / actions.size());
        }
    }

    /** A roadmap action linked to a meeting, as the meeting's page lists it. */
    public record MeetingAction(UUID id, LocalizedText title, LocalizedText goal, ProgressStatus status,
                                boolean decidedHere, boolean followedUpHere) {
    }

    private final RoadmapGoalRepository goals;
    private final RoadmapActionRepository actions;
    private final CurrentUser currentUser;
    private final EditingRights rights;

    Roadmap(RoadmapGoalRepository goals, RoadmapActionRepository actions, CurrentUser currentUser, EditingRights rights) {
        this.goals = goals;
        this.actions = actions;
        this.currentUser = currentUser;
        this.rights = rights;
    }

    /** The fragment of the roadmap page that shows an action: /tiekartta#toimenpide-{id}. */
    public static String anchor(UUID actionId) {
        return "toimenpide-" + actionId;
    }

    public List<GoalRow> goals() {
        boolean staff = currentUser.isSignedIn();
        return goals.findAllInOrder().stream().map(goal -> new GoalRow(goal.getId(), version(goal.getVersion()),
                goal.getTitle(), goal.getDescription(), goal.getOwner() == null ? null : goal.getOwner().getId(),
                goal.getOwner() == null ? null : goal.getOwner().getName(), goal.getStart(), goal.getEnd(),
                goal.getStatus(), goal.getActions().stream().map(action -> row(action, staff)).toList())).toList();
    }

    /** The roadmap actions decided or followed up in a meeting, by goal and order. */
    public List<MeetingAction> actionsOfMeeting(UUID meetingId) {
        return actions.findLinkedTo(meetingId).stream()
                .sorted(Comparator.comparing((RoadmapAction action) -> action.getGoal().getTitle().getFi(),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(RoadmapAction::getPosition, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(action -> new MeetingAction(action.getId(), action.getTitle(), action.getGoal().getTitle(),
                        action.getStatus(), action.getDecidedIn() != null && action.getDecidedIn().getId().equals(meetingId),
                        action.getFollowedUpIn().stream().anyMatch(meeting -> meeting.getId().equals(meetingId))))
                .toList();
    }

    private ActionRow row(RoadmapAction action, boolean staff) {
        Meeting decidedIn = action.getDecidedIn();
        DecisionLink decision = decidedIn == null ? null : new DecisionLink(link(decidedIn),
                staff || decidedIn.isMinutesPublished() ? action.getDecision() : null);
        return new ActionRow(action.getId(), version(action.getVersion()), action.getTitle(), action.getDescription(),
                action.getOwner() == null ? null : action.getOwner().getId(),
                action.getOwner() == null ? null : action.getOwner().getName(), action.getStart(), action.getDue(),
                action.getStatus(), decision, action.getFollowedUpIn().stream().map(Roadmap::link)
                .sorted(Comparator.comparing(MeetingLink::start)).toList(), rights.keepsCurrent(action.getOwner()));
    }

    static MeetingLink link(Meeting meeting) {
        return new MeetingLink(meeting.getId(), meeting.getTitle(), meeting.getStart());
    }

    static long version(Long version) {
        return version == null ? 0 : version;
    }
}
