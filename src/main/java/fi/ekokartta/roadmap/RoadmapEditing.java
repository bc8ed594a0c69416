package fi.ekokartta.roadmap;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.base.domain.ConflictException;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.domain.ValidationException;
import fi.ekokartta.forum.Meeting;
import fi.ekokartta.forum.MeetingRepository;
import fi.ekokartta.stewardship.EditingRights;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Changes to the roadmap, every permission decided here: coordinators create, change and delete
 * goals and actions and link actions to meeting decisions and follow-up meetings; a maintainer
 * changes only the status of the actions owned by actors she keeps current ({@link EditingRights}).
 * Administrators, counsellors and anonymous visitors change nothing. Deleting a goal deletes its
 * actions with it in the same transaction (the view asks first). A refusal, an invalid input or a
 * stale version changes nothing.
 */
@Service
@Transactional
public class RoadmapEditing {

    static final int MAX_TITLE_LENGTH = 200;

    /** An actor to choose as the owner of a goal or an action. */
    public record OwnerChoice(UUID id, LocalizedText name) {
    }

    /** A meeting to link, with its decisions to choose from. */
    public record MeetingChoice(UUID id, String title, LocalDateTime start, LocalizedText forum, List<String> decisions) {
    }

    private final RoadmapGoalRepository goals;
    private final RoadmapActionRepository actions;
    private final ActorRepository actors;
    private final MeetingRepository meetings;
    private final EditingRights rights;

    RoadmapEditing(RoadmapGoalRepository goals, RoadmapActionRepository actions, ActorRepository actors,
                   MeetingRepository meetings, EditingRights rights) {
        this.goals = goals;
        this.actions = actions;
        this.actors = actors;
        this.meetings = meetings;
        this.rights = rights;
    }

    /** Whether the user creates, changes and deletes goals and actions. */
    @Transactional(readOnly = true)
    public boolean mayEdit() {
        return rights.isCoordinator();
    }

    /** The active actors that may own a goal or an action, by Finnish name; empty for those who may not edit. */
    @Transactional(readOnly = true)
    public List<OwnerChoice> ownerChoices() {
        if (!rights.isCoordinator()) {
            return List.of();
        }
        return actors.findActiveByName().stream().map(actor -> new OwnerChoice(actor.getId(), actor.getName())).toList();
    }

    /** The meetings to link an action to, newest first, with their decisions; empty for those who may not edit. */
    @Transactional(readOnly = true)
    public List<MeetingChoice> meetingChoices() {
        if (!rights.isCoordinator()) {
            return List.of();
        }
        return meetings.findAll(Sort.by(Sort.Direction.DESC, "start")).stream()
                .map(meeting -> new MeetingChoice(meeting.getId(), meeting.getTitle(), meeting.getStart(),
                        meeting.getForum().getName(), List.copyOf(meeting.getDecisions())))
                .toList();
    }

    public UUID createGoal(GoalContent content) {
        if (!rights.isCoordinator()) {
            throw rights.refused("create roadmap goal", null);
        }
        Actor owner = validate(content);
        RoadmapGoal goal = new RoadmapGoal();
        apply(goal, content, owner);
        return goals.save(goal).getId();
    }

    public void updateGoal(UUID id, long version, GoalContent content) {
        if (!rights.isCoordinator()) {
            throw rights.refused("edit roadmap goal", id);
        }
        RoadmapGoal goal = goal(id);
        checkVersion("Roadmap goal " + id, version, goal.getVersion());
        apply(goal, content, validate(content));
    }

    /** Deletes a goal and its actions with it. */
    public void deleteGoal(UUID id, long version) {
        if (!rights.isCoordinator()) {
            throw rights.refused("delete roadmap goal", id);
        }
        RoadmapGoal goal = goal(id);
        checkVersion("Roadmap goal " + id, version, goal.getVersion());
        goals.delete(goal);
    }

    public UUID createAction(UUID goalId, ActionContent content) {
        if (!rights.isCoordinator()) {
            throw rights.refused("create roadmap action in goal", goalId);
        }
        RoadmapGoal goal = goal(goalId);
        RoadmapAction action = new RoadmapAction();
        apply(action, content, validate(content, null));
        goal.addAction(action);
        return actions.save(action).getId();
    }

    public void updateAction(UUID id, long version, ActionContent content) {
        if (!rights.isCoordinator()) {
            throw rights.refused("edit roadmap action", id);
        }
        RoadmapAction action = action(id);
        checkVersion("Roadmap action " + id, version, action.getVersion());
        apply(action, content, validate(content, action));
    }

    public void deleteAction(UUID id, long version) {
        if (!rights.isCoordinator()) {
            throw rights.refused("delete roadmap action", id);
        }
        RoadmapAction action = action(id);
        checkVersion("Roadmap action " + id, version, action.getVersion());
        RoadmapGoal goal = action.getGoal();
        goal.getActions().remove(action);
        for (int i = 0; i < goal.getActions().size(); i++) {
            goal.getActions().get(i).setPosition(i);
        }
    }

    /** Whether the user may change the status of an action of this owner (coordinators any). */
    @Transactional(readOnly = true)
    public boolean mayChangeStatus(UUID actionId) {
        return actions.findById(actionId).map(action -> rights.keepsCurrent(action.getOwner())).orElse(false);
    }

    /** Sets an action's status: coordinators any action's, a maintainer those of actors she keeps current. */
    public void setActionStatus(UUID id, long version, ProgressStatus status) {
        RoadmapAction action = actions.findById(id).orElse(null);
        if (action == null ? !rights.isCoordinator() && !rights.isMaintainer() : !rights.keepsCurrent(action.getOwner())) {
            throw rights.refused("change status of roadmap action", id);
        }
        if (action == null) {
            throw new RejectedInputException("roadmap.error.action-not-found");
        }
        checkVersion("Roadmap action " + id, version, action.getVersion());
        action.setStatus(status == null ? ProgressStatus.PLANNED : status);
    }

    private RoadmapGoal goal(UUID id) {
        return goals.findById(id).orElseThrow(() -> new RejectedInputException("roadmap.error.goal-not-found"));
    }

    private RoadmapAction action(UUID id) {
        return actions.findById(id).orElseThrow(() -> new RejectedInputException("roadmap.error.action-not-found"));
    }

    private static void checkVersion(String entry, long expected, Long stored) {
        long current = Roadmap.version(stored);
        if (current != expected) {
            throw new ConflictException(entry, expected, current, List.of());
        }
    }

    private Actor validate(GoalContent content) {
        Map<String, String> errors = new LinkedHashMap<>();
        texts(errors, content.title(), content.description());
        Actor owner = owner(errors, content.ownerId(), false);
        dates(errors, content.start(), content.end(), "end");
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return owner;
    }

    /** Checks an action's content; returns the owner and the meetings it names, found. */
    private Linked validate(ActionContent content, RoadmapAction existing) {
        Map<String, String> errors = new LinkedHashMap<>();
        texts(errors, content.title(), content.description());
        Actor owner = owner(errors, content.ownerId(), true);
        dates(errors, content.start(), content.due(), "due");
        Meeting decidedIn = null;
        String decision = content.decision() == null || content.decision().isBlank() ? null : content.decision().strip();
        if (content.decidedInMeetingId() != null) {
            decidedIn = meetings.findById(content.decidedInMeetingId()).orElse(null);
            if (decidedIn == null) {
                errors.put("decidedIn", "roadmap.error.meeting-not-found");
            } else if (decision == null) {
                errors.put("decision", "roadmap.error.decision-required");
            } else if (!decidedIn.getDecisions().contains(decision) && !keepsStoredDecision(existing, decidedIn, decision)) {
                errors.put("decision", "roadmap.error.decision-not-in-meeting");
            }
        }
        List<Meeting> followUps = meetings.findAllById(content.followUpMeetingIds());
        if (followUps.size() != content.followUpMeetingIds().size()) {
            errors.put("followUps", "roadmap.error.meeting-not-found");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Linked(owner, decidedIn, decision, followUps);
    }

    /** An action keeps the decision text it was linked to even when the minutes were reworded since. */
    private static boolean keepsStoredDecision(RoadmapAction existing, Meeting meeting, String decision) {
        return existing != null && existing.getDecidedIn() != null && existing.getDecidedIn().getId().equals(meeting.getId())
                && Objects.equals(existing.getDecision(), decision);
    }

    private record Linked(Actor owner, Meeting decidedIn, String decision, List<Meeting> followUps) {
    }

    private static void texts(Map<String, String> errors, LocalizedText title, LocalizedText description) {
        LocalizedText name = title == null ? new LocalizedText() : title;
        if (name.in("fi").filter(text -> !text.isBlank()).isEmpty()) {
            errors.put("title.fi", "roadmap.error.title-required");
        }
        for (String language : List.of("fi", "sv", "en")) {
            name.in(language).filter(text -> text.strip().length() > MAX_TITLE_LENGTH)
                    .ifPresent(text -> errors.put("title." + language, "roadmap.error.title-too-long"));
            if (description != null) {
                description.in(language).filter(text -> text.strip().length() > LocalizedText.MAX_LENGTH)
                        .ifPresent(text -> errors.put("description." + language, "roadmap.error.text-too-long"));
            }
        }
    }

    private Actor owner(Map<String, String> errors, UUID ownerId, boolean required) {
        if (ownerId == null) {
            if (required) {
                errors.put("owner", "roadmap.error.owner-required");
            }
            return null;
        }
        Actor owner = actors.findById(ownerId).orElse(null);
        if (owner == null || !owner.isActive()) {
            errors.put("owner", "roadmap.error.owner-not-active");
        }
        return owner;
    }

    private static void dates(Map<String, String> errors, LocalDate start, LocalDate end, String endField) {
        if (start != null && end != null && end.isBefore(start)) {
            errors.put(endField, "roadmap.error." + endField + "-before-start");
        }
    }

    private static void apply(RoadmapGoal goal, GoalContent content, Actor owner) {
        goal.setTitle(trimmed(content.title()));
        goal.setDescription(trimmed(content.description()));
        goal.setOwner(owner);
        goal.setStart(content.start());
        goal.setEnd(content.end());
        goal.setStatus(content.status() == null ? ProgressStatus.PLANNED : content.status());
    }

    private static void apply(RoadmapAction action, ActionContent content, Linked linked) {
        action.setTitle(trimmed(content.title()));
        action.setDescription(trimmed(content.description()));
        action.setOwner(linked.owner());
        action.setStart(content.start());
        action.setDue(content.due());
        action.setStatus(content.status() == null ? ProgressStatus.PLANNED : content.status());
        action.setDecision(linked.decidedIn(), linked.decision());
        action.getFollowedUpIn().retainAll(linked.followUps());
        action.getFollowedUpIn().addAll(linked.followUps());
    }

    private static LocalizedText trimmed(LocalizedText text) {
        if (text == null) {
            return new LocalizedText();
        }
        return new LocalizedText(trim(text.getFi()), trim(text.getSv()), trim(text.getEn()));
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
