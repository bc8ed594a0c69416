package fi.ekokartta.exchange.seed;

import fi.ekokartta.exchange.imports.ImportEntry;

import fi.ekokartta.calendar.CalendarEvent;
import fi.ekokartta.calendar.EventCategory;
import fi.ekokartta.forum.ActionItem;
import fi.ekokartta.forum.AgendaItem;
import fi.ekokartta.forum.ActionStatus;
import fi.ekokartta.forum.Attendance;
import fi.ekokartta.forum.Forum;
import fi.ekokartta.forum.ForumType;
import fi.ekokartta.forum.Meeting;
import fi.ekokartta.forum.MeetingParticipant;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** Forums with their meetings, and the events of the annual calendar (vuosikello). */
final class EcosystemMeetingReader {

    private static final Pattern RRULE = Pattern.compile("FREQ=(DAILY|WEEKLY|MONTHLY|YEARLY)(;[A-Z]+=[A-Z0-9,+-]+)*");

    private final SeedGraph graph;
    private final EcosystemReader ecosystem;

    EcosystemMeetingReader(SeedGraph graph, EcosystemReader ecosystem) {
        this.graph = graph;
        this.ecosystem = ecosystem;
    }

    void readForums(EcosystemFile file) {
        for (ImportEntry entry : file.entries(null)) {
            Forum forum = new Forum();
            UUID id = EcosystemFile.requiredId(entry, "id", "forum");
            forum.setName(entry.localized("name", true));
            forum.setDescription(entry.localized("description", false));
            String type = entry.requiredText("type");
            if (type != null) {
                entry.parseEnum("type", type, ForumType.class).ifPresent(forum::setType);
            }
            if (entry.has("coordinator")) {
                graph.actor(entry, "coordinator").ifPresent(forum::setCoordinator);
            }
            members(entry, forum);
            List<JsonNode> meetings = entry.array("meetings");
            for (int i = 0; i < meetings.size(); i++) {
                forum.addMeeting(meeting(entry.child(meetings.get(i), "meetings[" + i + "]")));
            }
            if (id != null && graph.forums.putIfAbsent(id, forum) != null) {
                entry.reject("id", "import.problem.duplicate-id");
            }
            forum.setId(id);
        }
    }

    private void members(ImportEntry entry, Forum forum) {
        for (String member : entry.texts("members")) {
            try {
                SeedGraph.known(entry, "members", UUID.fromString(member), graph.actors, SeedGraph.UNKNOWN_ORGANIZATION)
                        .ifPresent(forum.getMembers()::add);
            } catch (IllegalArgumentException e) {
                entry.reject("members", "import.problem.not-uuid", member);
            }
        }
    }

    /** The listed participants; an event of a forum without a list has the forum's members. */
    private void participants(ImportEntry entry, CalendarEvent event) {
        if (!entry.has("participants") && event.getForum() != null) {
            event.getParticipants().addAll(event.getForum().getMembers());
            return;
        }
        for (String participant : entry.texts("participants")) {
            try {
                SeedGraph.known(entry, "participants", UUID.fromString(participant), graph.actors,
                                SeedGraph.UNKNOWN_ORGANIZATION).ifPresent(event.getParticipants()::add);
            } catch (IllegalArgumentException e) {
                entry.reject("participants", "import.problem.not-uuid", participant);
            }
        }
    }

    private Meeting meeting(ImportEntry entry) {
        Meeting meeting = new Meeting();
        EcosystemFile.id(entry, "id", "meeting").ifPresent(meeting::setId);
        meeting.setTitle(entry.localized("title", true).getFi());
        entry.dateTime("start").ifPresentOrElse(meeting::setStart, () -> required(entry, "start"));
        entry.dateTime("end").ifPresent(meeting::setEnd);
        meeting.setLocation(entry.text("location").orElse(null));
        meeting.setOnlineUrl(entry.text("online_url").orElse(null));
        entry.texts("agenda").forEach(item -> meeting.getAgenda().add(new AgendaItem(item, null, null)));
        meeting.setMinutes(entry.localized("minutes", false).getFi());
        // Minutes in the seed are of meetings already held: public unless the file says otherwise.
        meeting.setMinutesPublished(entry.bool("minutes_published").orElse(meeting.getMinutes() != null));
        meeting.getDecisions().addAll(entry.texts("decisions"));
        List<JsonNode> participants = entry.array("participants");
        for (int i = 0; i < participants.size(); i++) {
            ImportEntry participant = entry.child(participants.get(i), "participants[" + i + "]");
            MeetingParticipant row = new MeetingParticipant();
            ecosystem.requireActor(participant, "actor").ifPresent(row::setActor);
            row.setRepresentative(participant.text("representative").orElse(null));
            participant.enumValue("attendance", Attendance.class).ifPresent(row::setAttendance);
            meeting.addParticipant(row);
        }
        List<JsonNode> actions = entry.array("action_items");
        for (int i = 0; i < actions.size(); i++) {
            ImportEntry action = entry.child(actions.get(i), "action_items[" + i + "]");
            ActionItem item = new ActionItem();
            EcosystemFile.id(action, "id", "action-item").ifPresent(item::setId);
            item.setDescription(action.localized("description", true).getFi());
            if (action.has("owner")) {
                graph.actor(action, "owner").ifPresent(item::setOwner);
            }
            action.date("due").ifPresent(item::setDue);
            action.enumValue("status", ActionStatus.class).ifPresent(item::setStatus);
            meeting.addActionItem(item);
        }
        return meeting;
    }

    void readCalendar(EcosystemFile file) {
        for (ImportEntry entry : file.entries(null)) {
            CalendarEvent event = new CalendarEvent();
            EcosystemFile.id(entry, "id", "event").ifPresent(event::setId);
            event.setTitle(entry.localized("title", true));
            event.setDescription(entry.localized("description", false));
            String category = entry.requiredText("category");
            if (category != null) {
                entry.parseEnum("category", category, EventCategory.class).ifPresent(event::setCategory);
            }
            entry.dateTime("start").ifPresentOrElse(event::setStart, () -> required(entry, "start"));
            entry.dateTime("end").ifPresent(event::setEnd);
            if (event.getStart() != null && event.getEnd() != null && event.getEnd().isBefore(event.getStart())) {
                entry.reject("end", "import.problem.ends-before-start", event.getEnd().toString(),
                        event.getStart().toString());
            }
            entry.text("recurrence").ifPresent(rule -> {
                if (!RRULE.matcher(rule).matches()) {
                    entry.reject("recurrence", "seed.problem.not-recurrence-rule", rule);
                }
                event.setRecurrence(rule);
            });
            event.setLocation(entry.text("location").orElse(null));
            event.setOnlineUrl(entry.text("online_url").orElse(null));
            if (entry.has("organizer")) {
                graph.actor(entry, "organizer").ifPresent(event::setOrganizer);
            }
            EcosystemFile.id(entry, "forum", "forum").ifPresent(forumId ->
                    SeedGraph.known(entry, "forum", forumId, graph.forums, SeedGraph.UNKNOWN_FORUM)
                            .ifPresent(event::setForum));
            entry.bool("public").ifPresent(event::setPublicEvent);
            participants(entry, event);
            graph.events.add(event);
        }
    }

    private static void required(ImportEntry entry, String field) {
        if (!entry.has(field)) {
            entry.reject(field, "import.problem.required");
        }
    }
}
