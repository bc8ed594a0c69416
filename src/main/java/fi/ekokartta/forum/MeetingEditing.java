package fi.ekokartta.forum;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.base.domain.InputCheck;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.domain.RichText;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.security.CurrentUser;
import fi.ekokartta.stewardship.EntryKind;
import fi.ekokartta.stewardship.OverdueReview;
import fi.ekokartta.stewardship.EditingRights;
import fi.ekokartta.stewardship.StewardshipOverviewService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Changes to forums' meetings, with every permission decided here: a coordinator edits
 * everything; a maintainer may mark the attendance of her own organizations and change the status
 * of action items they own; nobody else changes anything. A refused change changes nothing.
 */
@Service
@Transactional
public class MeetingEditing {

    /** The agenda item that carries open action items over to the next meeting. */
    public static final String OPEN_ACTIONS_ITEM = "Avoimet tehtävät";
    /** The automatic agenda item listing the participating actors' overdue directory entries. */
    public static final String OVERDUE_ENTRIES_ITEM = "Osallistujien vanhentuneet tiedot";
    static final int MAX_MINUTES = 20000;
    static final int MAX_DECISION = 4000;
    static final int MAX_DURATION = 24 * 60;

    public record NewMeeting(String title, LocalDateTime start, LocalDateTime end, String location) {
    }

    private final ForumRepository forums;
    private final MeetingRepository meetings;
    private final ActionItemRepository actionItems;
    private final ActorRepository actors;
    private final CurrentUser currentUser;
    private final EditingRights rights;
    private final StewardshipOverviewService stewardship;

    MeetingEditing(ForumRepository forums, MeetingRepository meetings, ActionItemRepository actionItems,
                   ActorRepository actors, CurrentUser currentUser, EditingRights rights,
                   StewardshipOverviewService stewardship) {
        this.rights = rights;
        this.forums = forums;
        this.meetings = meetings;
        this.actionItems = actionItems;
        this.actors = actors;
        this.currentUser = currentUser;
        this.stewardship = stewardship;
    }

    // --- what the user may do (views ask, to show only the controls that work) ---

    @Transactional(readOnly = true)
    public boolean canEditMeetings() {
        return rights.isCoordinator();
    }

    /** Whether the user may mark the attendance of this actor. */
    @Transactional(readOnly = true)
    public boolean canMarkAttendance(UUID actorId) {
        return canEditMeetings() || ownsAsMaintainer(actorId);
    }

    /** Whether the user may change the status of an action item this actor owns. */
    @Transactional(readOnly = true)
    public boolean canUpdateActionItem(UUID ownerId) {
        return canEditMeetings() || ownsAsMaintainer(ownerId);
    }

    /** A maintainer's own organizations and their units, as for every other entry ({@link EditingRights}). */
    private boolean ownsAsMaintainer(UUID actorId) {
        return actorId != null && rights.isMaintainer() && actors.findById(actorId).map(rights::keepsCurrent).orElse(false);
    }

    private void requireCoordinator() {
        if (!canEditMeetings()) {
            throw new AccessDeniedException("Only coordinators edit forum meetings");
        }
    }

    // --- changes ---

    /**
     * The forum's next meeting: its agenda is the forum's template, then the open (not done)
     * action items of its earlier meetings, then the participating actors' overdue directory
     * entries; the forum's members are invited.
     */
    public UUID createNextMeeting(UUID forumId, NewMeeting details) {
        requireCoordinator();
        Forum forum = forums.findById(forumId).orElseThrow(() -> new IllegalArgumentException("No forum " + forumId));
        String title = required(details.title(), InputCheck.SHORT_TEXT);
        if (details.start() == null) {
            throw new RejectedInputException(InputCheck.REQUIRED);
        }
        if (details.end() != null && details.end().isBefore(details.start())) {
            throw new RejectedInputException("forum.error.end-before-start");
        }
        String location = optional(details.location(), InputCheck.SHORT_TEXT);
        List<ActionItem> open = actionItems.findOpenInForum(forumId);
        Meeting meeting = new Meeting();
        meeting.setTitle(title);
        meeting.setStart(details.start());
        meeting.setEnd(details.end());
        meeting.setLocation(location);
        meeting.getAgenda().addAll(template(forum));
        Set<Actor> participants = new LinkedHashSet<>(forum.getMembers());
        if (participants.isEmpty() && !forum.getMeetings().isEmpty()) {
            forum.getMeetings().getLast().getParticipants().forEach(p -> participants.add(p.getActor()));
        }
        if (!open.isEmpty()) {
            meeting.getAgenda().add(new AgendaItem(fit(OPEN_ACTIONS_ITEM + ": " + open.stream()
                    .map(MeetingEditing::describe).collect(Collectors.joining("; "))), null, null));
        }
        List<OverdueReview> overdue = stewardship.overdueOwnedBy(
                participants.stream().map(Actor::getId).collect(Collectors.toSet()));
        meeting.getAgenda().add(new AgendaItem(fit(OVERDUE_ENTRIES_ITEM + ": " + (overdue.isEmpty() ? "ei vanhentuneita tietoja."
                : overdue.stream().map(MeetingEditing::describe).collect(Collectors.joining("; ")))), null, null));
        participants.forEach(actor -> {
            MeetingParticipant participant = new MeetingParticipant();
            participant.setActor(actor);
            meeting.addParticipant(participant);
        });
        forum.addMeeting(meeting);
        return meetings.save(meeting).getId();
    }

    /**
     * The forum's agenda template; for a forum without one, the agenda of its latest meeting that
     * has one, without the automatic items.
     */
    private static List<AgendaItem> template(Forum forum) {
        if (!forum.getAgendaTemplate().isEmpty()) {
            return forum.getAgendaTemplate();
        }
        return forum.getMeetings().stream().filter(m -> !m.getAgenda().isEmpty())
                .max(java.util.Comparator.comparing(Meeting::getStart))
                .map(latest -> latest.getAgenda().stream().filter(item -> !item.getTitle().startsWith(OPEN_ACTIONS_ITEM)
                        && !item.getTitle().startsWith(OVERDUE_ENTRIES_ITEM)).toList())
                .orElse(List.of());
    }

    /** Adds an item to the forum's agenda template, which every next meeting starts from. */
    public void addTemplateItem(UUID forumId, String title, String presenter, Integer durationMinutes) {
        requireCoordinator();
        forums.findById(forumId).orElseThrow(() -> new IllegalArgumentException("No forum " + forumId))
                .getAgendaTemplate().add(agendaItem(title, presenter, durationMinutes));
    }

    /** Removes the template item at the index, if it still has the title the user saw (see {@link #removeAgendaItem}). */
    public void removeTemplateItem(UUID forumId, int index, String expectedTitle) {
        requireCoordinator();
        List<AgendaItem> template = forums.findById(forumId)
                .orElseThrow(() -> new IllegalArgumentException("No forum " + forumId)).getAgendaTemplate();
        requireUnchanged(template.stream().map(AgendaItem::getTitle).toList(), index, expectedTitle);
        template.remove(index);
    }

    public void addAgendaItem(UUID meetingId, String title, String presenter, Integer durationMinutes) {
        requireCoordinator();
        Meeting meeting = meeting(meetingId);
        meeting.getAgenda().add(agendaItem(title, presenter, durationMinutes));
    }

    /**
     * Removes the agenda item at the index, if it still has the title the user saw; otherwise
     * someone changed the agenda meanwhile, and nothing is removed.
     */
    public void removeAgendaItem(UUID meetingId, int index, String expectedTitle) {
        requireCoordinator();
        List<AgendaItem> agenda = meeting(meetingId).getAgenda();
        requireUnchanged(agenda.stream().map(AgendaItem::getTitle).toList(), index, expectedTitle);
        agenda.remove(index);
    }

    public void markAttendance(UUID participantId, Attendance attendance) {
        if (attendance == null) {
            throw new RejectedInputException(InputCheck.REQUIRED);
        }
        MeetingParticipant participant = meetings.findParticipant(participantId)
                .orElseThrow(() -> new IllegalArgumentException("No participant " + participantId));
        if (!canMarkAttendance(participant.getActor().getId())) {
            throw new AccessDeniedException("May not mark this actor's attendance");
        }
        participant.setAttendance(attendance);
    }

    /** The minutes as typed (a blank line starts a paragraph) or as simple markup, cleaned of anything unsafe. */
    public void writeMinutes(UUID meetingId, String minutes, boolean published) {
        requireCoordinator();
        Meeting meeting = meeting(meetingId);
        String text = minutes == null || minutes.isBlank() ? null : RichText.sanitize(minutes.strip());
        if (text != null && text.length() > MAX_MINUTES) {
            throw new RejectedInputException(InputCheck.TOO_LONG, MAX_MINUTES);
        }
        meeting.setMinutes(text);
        meeting.setMinutesPublished(published);
    }

    public void addDecision(UUID meetingId, String decision) {
        requireCoordinator();
        meeting(meetingId).getDecisions().add(required(decision, MAX_DECISION));
    }

    /** Removes the decision at the index, if it still reads as the user saw it (see {@link #removeAgendaItem}). */
    public void removeDecision(UUID meetingId, int index, String expectedText) {
        requireCoordinator();
        List<String> decisions = meeting(meetingId).getDecisions();
        requireUnchanged(decisions, index, expectedText);
        decisions.remove(index);
    }

    /** Deletes an action item recorded by mistake (a done one is marked done instead). */
    public void deleteActionItem(UUID itemId) {
        requireCoordinator();
        ActionItem item = actionItems.findById(itemId).orElseThrow(() -> new RejectedInputException("forum.error.changed"));
        List<ActionItem> items = item.getMeeting().getActionItems();
        items.remove(item);
        for (int i = 0; i < items.size(); i++) {
            items.get(i).setPosition(i);
        }
    }

    public UUID addActionItem(UUID meetingId, String description, UUID ownerId, LocalDate due) {
        requireCoordinator();
        Meeting meeting = meeting(meetingId);
        ActionItem item = new ActionItem();
        item.setDescription(required(description, MAX_DECISION));
        if (ownerId != null) {
            item.setOwner(actors.findById(ownerId).orElseThrow(() -> new IllegalArgumentException("No actor " + ownerId)));
        }
        item.setDue(due);
        meeting.addActionItem(item);
        meetings.flush();
        return item.getId();
    }

    public void updateActionItem(UUID itemId, ActionStatus status) {
        if (status == null) {
            throw new RejectedInputException(InputCheck.REQUIRED);
        }
        ActionItem item = actionItems.findById(itemId).orElseThrow(() -> new IllegalArgumentException("No action item " + itemId));
        if (!canUpdateActionItem(item.getOwner() == null ? null : item.getOwner().getId())) {
            throw new AccessDeniedException("May not change this action item");
        }
        item.setStatus(status);
    }

    /** The action items owned by the signed-in user's organizations, open ones first. */
    @Transactional(readOnly = true)
    public List<ForumDirectory.ActionItemRow> myActionItems() {
        Set<UUID> organizations = currentUser.organizationIds();
        if (organizations.isEmpty()) {
            return List.of();
        }
        return actionItems.findByOwners(organizations).stream().map(ForumDirectory::actionRow).toList();
    }

    /** Actors to choose an action item's owner from: the meeting's participants. */
    @Transactional(readOnly = true)
    public List<ForumDirectory.ParticipantRow> ownerChoices(UUID meetingId) {
        return meeting(meetingId).getParticipants().stream().map(p -> new ForumDirectory.ParticipantRow(p.getId(),
                p.getActor().getId(), p.getActor().getName(), p.getRepresentative(), p.getAttendance())).toList();
    }

    // --- helpers ---

    private Meeting meeting(UUID meetingId) {
        return meetings.findById(meetingId).orElseThrow(() -> new IllegalArgumentException("No meeting " + meetingId));
    }

    private static void requireUnchanged(List<String> texts, int index, String expected) {
        if (index < 0 || index >= texts.size() || !texts.get(index).equals(expected)) {
            throw new RejectedInputException("forum.error.changed");
        }
    }

    private static AgendaItem agendaItem(String title, String presenter, Integer durationMinutes) {
        if (durationMinutes != null && (durationMinutes < 0 || durationMinutes > MAX_DURATION)) {
            throw new RejectedInputException("forum.error.duration", MAX_DURATION);
        }
        return new AgendaItem(required(title, AgendaItem.MAX_TITLE_LENGTH), optional(presenter, InputCheck.SHORT_TEXT),
                durationMinutes);
    }

    private static String required(String text, int maxLength) {
        if (text == null || text.isBlank()) {
            throw new RejectedInputException(InputCheck.REQUIRED);
        }
        return optional(text, maxLength);
    }

    private static String optional(String text, int maxLength) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > maxLength) {
            throw new RejectedInputException(InputCheck.TOO_LONG, maxLength);
        }
        return stripped;
    }

    private static String describe(ActionItem item) {
        StringBuilder text = new StringBuilder(item.getDescription());
        if (item.getOwner() != null) {
            text.append(" (").append(item.getOwner().getName().getFi());
            if (item.getDue() != null) {
                text.append(", ").append(FinnishDates.date(item.getDue()));
            }
            text.append(')');
        }
        return text.toString();
    }

    private static String describe(OverdueReview review) {
        return (review.kind() == EntryKind.SERVICE ? "palvelu " : "toimija ") + review.name().getFi()
                + " (tarkistus " + FinnishDates.date(review.due()) + ")";
    }

    private static String fit(String text) {
        return text.length() <= AgendaItem.MAX_TITLE_LENGTH ? text : text.substring(0, AgendaItem.MAX_TITLE_LENGTH - 1) + "…";
    }
}
