package fi.ekokartta.forum;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.LocalizedText;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A forum made for a test, with two member actors: a meeting held 30 days ago (A present, B
 * absent; an open and a done action item; unpublished minutes and a decision), one held 60 days
 * ago (both present; published minutes) and one in 30 days.
 */
public final class ForumFixture {

    public final Forum forum = new Forum();
    public final Meeting recent = new Meeting();
    public final Meeting older = new Meeting();
    public final Meeting upcoming = new Meeting();
    public final ActionItem openItem = new ActionItem();
    public final ActionItem doneItem = new ActionItem();

    public ForumFixture(String unique, Actor a, Actor b) {
        forum.setName(LocalizedText.of("Testifoorumi " + unique));
        forum.setDescription(LocalizedText.of("Foorumi testiä varten."));
        forum.setType(ForumType.NETWORK);
        forum.setCoordinator(a);
        forum.getMembers().add(a);
        forum.getMembers().add(b);
        forum.getAgendaTemplate().add(new AgendaItem("Avaus " + unique, "Puheenjohtaja", 5));
        LocalDateTime now = LocalDateTime.now().withSecond(0).withNano(0);
        meeting(older, "Vanha kokous " + unique, now.minusDays(60), a, Attendance.PRESENT, b, Attendance.PRESENT);
        older.setMinutes("Julkinen muistio " + unique);
        older.setMinutesPublished(true);
        older.getDecisions().add("Julkinen päätös " + unique);
        meeting(recent, "Tuore kokous " + unique, now.minusDays(30), a, Attendance.PRESENT, b, Attendance.ABSENT);
        recent.getAgenda().add(new AgendaItem("Tilannekatsaus " + unique, "Koordinaattori", 20));
        recent.setMinutes("Luonnosmuistio " + unique);
        recent.getDecisions().add("Salainen päätös " + unique);
        item(openItem, "Avoin tehtävä " + unique, b, ActionStatus.OPEN);
        item(doneItem, "Tehty tehtävä " + unique, a, ActionStatus.DONE);
        recent.addActionItem(openItem);
        recent.addActionItem(doneItem);
        meeting(upcoming, "Tuleva kokous " + unique, now.plusDays(30), a, Attendance.INVITED, b, Attendance.INVITED);
    }

    private void meeting(Meeting meeting, String title, LocalDateTime start, Actor a, Attendance aAttendance, Actor b,
                         Attendance bAttendance) {
        meeting.setTitle(title);
        meeting.setStart(start);
        meeting.setEnd(start.plusHours(2));
        meeting.setLocation("Kokoushuone");
        participant(meeting, a, aAttendance);
        participant(meeting, b, bAttendance);
        forum.addMeeting(meeting);
    }

    private static void participant(Meeting meeting, Actor actor, Attendance attendance) {
        MeetingParticipant participant = new MeetingParticipant();
        participant.setActor(actor);
        participant.setAttendance(attendance);
        meeting.addParticipant(participant);
    }

    private static void item(ActionItem item, String description, Actor owner, ActionStatus status) {
        item.setDescription(description);
        item.setOwner(owner);
        item.setDue(LocalDate.now().plusDays(14));
        item.setStatus(status);
    }

    /** Stores the forum and removes it after the test. */
    public ForumFixture save(ForumRepository forums, Consumer<Runnable> deleteAfterTest) {
        forums.save(forum);
        UUID id = forum.getId();
        deleteAfterTest.accept(() -> forums.deleteById(id));
        return this;
    }
}
