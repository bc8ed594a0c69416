package fi.ekokartta.forum;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Forums and meetings as the public and staff read them. What a reader may see is decided here:
 * the public sees a meeting's minutes and decisions only once published and never its action
 * items; any signed-in user (staff) sees everything.
 */
@Service
@Transactional(readOnly = true)
public class ForumDirectory {

    private static final ZoneId FINNISH_TIME = ZoneId.of("Europe/Helsinki");

    public record MeetingRow(UUID id, String title, LocalDateTime start, LocalDateTime end, String location) {
    }

    public record ForumSummary(UUID id, LocalizedText name, ForumType type, LocalizedText description,
                               Optional<MeetingRow> nextMeeting) {
    }

    /** Attendance of one actor in a forum's meetings already held: present in attended of held. */
    public record AttendanceFigure(UUID actorId, LocalizedText actor, int attended, int held) {
        public int percent() {
            return held == 0 ? 0 : Math.round(attended * 100f / held);
        }
    }

    public record ForumPage(UUID id, LocalizedText name, ForumType type, LocalizedText description,
                            LocalizedText coordinator, List<AgendaItem> agendaTemplate, List<MeetingRow> upcoming,
                            List<MeetingRow> past, List<AttendanceFigure> attendance) {
    }

    public record ParticipantRow(UUID id, UUID actorId, LocalizedText actor, String representative, Attendance attendance) {
    }

    public record ActionItemRow(UUID id, String description, UUID ownerId, LocalizedText owner, LocalDate due,
                                ActionStatus status, UUID meetingId, String meetingTitle) {
    }

    /**
     * A meeting as the reader may see it: minutes, decisions and action items are empty when
     * hidden from her ({@code restricted} tells the view so).
     */
    public record MeetingPage(UUID id, UUID forumId, LocalizedText forumName, String title, LocalDateTime start,
                              LocalDateTime end, String location, String onlineUrl, List<AgendaItem> agenda,
                              List<ParticipantRow> participants, String minutes, boolean minutesPublished,
                              List<String> decisions, List<ActionItemRow> actionItems, boolean restricted) {
    }

    private final ForumRepository forums;
    private final MeetingRepository meetings;
    private final CurrentUser currentUser;

    ForumDirectory(ForumRepository forums, MeetingRepository meetings, CurrentUser currentUser) {
        this.forums = forums;
        this.meetings = meetings;
        this.currentUser = currentUser;
    }

    public List<ForumSummary> forums() {
        LocalDateTime now = now();
        return forums.findAllInOrder().stream().map(forum -> new ForumSummary(forum.getId(), forum.getName(),
                forum.getType(), forum.getDescription(), forum.getMeetings().stream()
                .filter(m -> !m.getStart().isBefore(now)).min(Comparator.comparing(Meeting::getStart)).map(ForumDirectory::row)))
                .toList();
    }

    public Optional<ForumPage> forum(UUID id) {
        LocalDateTime now = now();
        return forums.findById(id).map(forum -> {
            List<MeetingRow> upcoming = new ArrayList<>();
            List<MeetingRow> past = new ArrayList<>();
            for (Meeting meeting : forum.getMeetings()) {
                (meeting.getStart().isBefore(now) ? past : upcoming).add(row(meeting));
            }
            past.sort(Comparator.comparing(MeetingRow::start).reversed());
            return new ForumPage(forum.getId(), forum.getName(), forum.getType(), forum.getDescription(),
                    forum.getCoordinator() == null ? null : forum.getCoordinator().getName(),
                    List.copyOf(forum.getAgendaTemplate()), upcoming, past, attendance(forum, now));
        });
    }

    /** Per participating actor: meetings held (already begun) it was invited to, and those it was present at. */
    static List<AttendanceFigure> attendance(Forum forum, LocalDateTime now) {
        Map<UUID, int[]> counts = new LinkedHashMap<>();
        Map<UUID, Actor> actors = new LinkedHashMap<>();
        for (Meeting meeting : forum.getMeetings()) {
            if (!meeting.getStart().isBefore(now)) {
                continue;
            }
            for (MeetingParticipant participant : meeting.getParticipants()) {
                Actor actor = participant.getActor();
                actors.putIfAbsent(actor.getId(), actor);
                int[] count = counts.computeIfAbsent(actor.getId(), key -> new int[2]);
                count[1]++;
                if (participant.getAttendance() == Attendance.PRESENT) {
                    count[0]++;
                }
            }
        }
        return counts.entrySet().stream()
                .map(entry -> new AttendanceFigure(entry.getKey(), actors.get(entry.getKey()).getName(),
                        entry.getValue()[0], entry.getValue()[1]))
                .sorted(Comparator.comparing((AttendanceFigure figure) -> -figure.percent())
                        .thenComparing(figure -> figure.actor().getFi(), Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    public Optional<MeetingPage> meeting(UUID id) {
        boolean staff = currentUser.isSignedIn();
        return meetings.findById(id).map(meeting -> {
            boolean showMinutes = staff || meeting.isMinutesPublished();
            return new MeetingPage(meeting.getId(), meeting.getForum().getId(), meeting.getForum().getName(),
                    meeting.getTitle(), meeting.getStart(), meeting.getEnd(), meeting.getLocation(),
                    meeting.getOnlineUrl(), List.copyOf(meeting.getAgenda()),
                    meeting.getParticipants().stream().map(p -> new ParticipantRow(p.getId(), p.getActor().getId(),
                            p.getActor().getName(), p.getRepresentative(), p.getAttendance())).toList(),
                    showMinutes ? meeting.getMinutes() : null, meeting.isMinutesPublished(),
                    showMinutes ? List.copyOf(meeting.getDecisions()) : List.of(),
                    staff ? meeting.getActionItems().stream().map(ForumDirectory::actionRow).toList() : List.of(),
                    !staff);
        });
    }

    static ActionItemRow actionRow(ActionItem item) {
        return new ActionItemRow(item.getId(), item.getDescription(),
                item.getOwner() == null ? null : item.getOwner().getId(),
                item.getOwner() == null ? null : item.getOwner().getName(), item.getDue(), item.getStatus(),
                item.getMeeting().getId(), item.getMeeting().getTitle());
    }

    private static MeetingRow row(Meeting meeting) {
        return new MeetingRow(meeting.getId(), meeting.getTitle(), meeting.getStart(), meeting.getEnd(), meeting.getLocation());
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(FINNISH_TIME);
    }
}
