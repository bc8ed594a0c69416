package fi.ekokartta.ecosystem.metrics;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorSector;
import fi.ekokartta.area.MunicipalityRepository;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.calendar.CalendarEvent;
import fi.ekokartta.calendar.CalendarEventRepository;
import fi.ekokartta.calendar.EventCategory;
import fi.ekokartta.ecosystem.metrics.EcosystemFigures.ActionItemCounts;
import fi.ekokartta.ecosystem.metrics.EcosystemFigures.AttendanceFigures;
import fi.ekokartta.ecosystem.metrics.EcosystemFigures.ClassRow;
import fi.ekokartta.ecosystem.metrics.EcosystemFigures.EventCounts;
import fi.ekokartta.ecosystem.metrics.EcosystemFigures.ForumAttendance;
import fi.ekokartta.ecosystem.metrics.EcosystemFigures.SectorCount;
import fi.ekokartta.ecosystem.metrics.EcosystemFigures.SectorCoverage;
import fi.ekokartta.ecosystem.metrics.EcosystemFigures.ServiceMatrix;
import fi.ekokartta.forum.ActionItem;
import fi.ekokartta.forum.ActionStatus;
import fi.ekokartta.forum.Attendance;
import fi.ekokartta.forum.Forum;
import fi.ekokartta.forum.ForumRepository;
import fi.ekokartta.forum.ForumType;
import fi.ekokartta.forum.Meeting;
import fi.ekokartta.forum.MeetingParticipant;
import fi.ekokartta.taxonomy.TaxonomyTermRepository;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The figures against data made here; the seeded directory is counted too, so most figures are compared before and after. */
class EcosystemMetricsTest extends AbstractAppTest {

    @Autowired
    private EcosystemMetrics metrics;
    @Autowired
    private TaxonomyTermRepository terms;
    @Autowired
    private MunicipalityRepository municipalities;
    @Autowired
    private ForumRepository forums;
    @Autowired
    private CalendarEventRepository calendarEvents;

    @Test
    void key_figures_go_to_coordinators_and_administrators_only() {
        assertTrue(metrics.keyFiguresForCurrentUser().isEmpty(), "anonymous");
        String unique = fi.ekokartta.EntryFixture.unique();
        for (UserRole role : UserRole.values()) {
            saveUser("tunnusluvut-" + role.name().toLowerCase() + "-" + unique, role);
            login("tunnusluvut-" + role.name().toLowerCase() + "-" + unique, role);
            boolean expected = role == UserRole.COORDINATOR || role == UserRole.ADMIN;
            assertEquals(expected, metrics.keyFiguresForCurrentUser().isPresent(), role.name());
            metrics.keyFiguresForCurrentUser().ifPresent(all -> assertEquals(metrics.sectors(), all.sectors()));
            logout();
        }
    }

    @Test
    void every_sector_gains_its_active_actor_and_archived_actors_do_not_count() {
        SectorCoverage before = metrics.sectors();

        new MetricsFixture(entries(), terms, municipalities, this::deleteAfterTest);

        SectorCoverage after = metrics.sectors();
        assertEquals(ActorSector.values().length, after.sectors().size());
        for (int i = 0; i < after.sectors().size(); i++) {
            SectorCount count = after.sectors().get(i);
            assertEquals(before.sectors().get(i).actors() + 1, count.actors(), count.sector().name());
        }
        assertEquals(ActorSector.values().length, after.sectorsPresent());
        assertEquals(100, after.sharePercent());
    }

    @Test
    void published_services_fill_their_class_and_municipality_cells_and_leave_gaps() {
        MetricsFixture fixture = new MetricsFixture(entries(), terms, municipalities, this::deleteAfterTest);

        ServiceMatrix matrix = metrics.services();

        String a = fixture.classA.getCode();
        String b = fixture.classB.getCode();
        assertEquals(2, matrix.cell(a, MetricsFixture.KALAJOKI), "two published services, one counted once for two classes");
        assertEquals(0, matrix.cell(a, MetricsFixture.ALAVIESKA), "a draft leaves the gap open");
        int columns = matrix.municipalities().size();
        assertTrue(columns >= 2);
        ClassRow rowA = matrix.classes().stream().filter(row -> row.code().equals(a)).findFirst().orElseThrow();
        assertEquals(columns - 1, rowA.gaps());
        ClassRow rowB = matrix.classes().stream().filter(row -> row.code().equals(b)).findFirst().orElseThrow();
        assertTrue(rowB.services().stream().allMatch(count -> count == 1), "no municipality: the whole area");
        assertEquals(0, rowB.gaps());
        assertTrue(matrix.classes().stream().noneMatch(row -> row.code().endsWith(".1")), "subclasses are not rows");
    }

    @Test
    void attendance_counts_marked_participants_of_meetings_held_this_year() {
        AttendanceFigures before = metrics.attendance();
        MetricsFixture fixture = new MetricsFixture(entries(), terms, municipalities, this::deleteAfterTest);
        Forum forum = forum(fixture);

        AttendanceFigures after = metrics.attendance();

        ForumAttendance ours = after.forums().stream().filter(row -> row.forumId().equals(forum.getId())).findFirst()
                .orElseThrow();
        assertEquals(2, ours.present());
        assertEquals(3, ours.marked());
        assertEquals(66.7, ours.percent());
        assertEquals(before.present() + 2, after.present());
        assertEquals(before.marked() + 3, after.marked());
    }

    @Test
    void action_items_are_done_open_and_overdue() {
        ActionItemCounts before = metrics.actionItems();
        forum(new MetricsFixture(entries(), terms, municipalities, this::deleteAfterTest));

        ActionItemCounts after = metrics.actionItems();

        assertEquals(before.done() + 1, after.done());
        assertEquals(before.open() + 2, after.open());
        assertEquals(before.overdue() + 1, after.overdue(), "open and due yesterday; the done one due earlier is not");
    }

    @Test
    void events_of_this_year_are_held_up_to_today_and_planned_after_it() {
        EventCounts before = metrics.events();
        LocalDate today = FinnishDates.today();
        event("Pidetty mittaritapahtuma", today.atTime(0, 0), false);
        event("Tuleva mittaritapahtuma", LocalDate.of(today.getYear(), 12, 31).atTime(23, 0), true);
        event("Viime vuoden mittaritapahtuma", LocalDate.of(today.getYear() - 1, 6, 1).atTime(12, 0), true);

        EventCounts after = metrics.events();

        assertEquals(today.getYear(), after.year());
        boolean lastDay = today.getMonthValue() == 12 && today.getDayOfMonth() == 31;
        assertEquals(before.held() + (lastDay ? 2 : 1), after.held(), "internal events count too");
        assertEquals(before.planned() + (lastDay ? 0 : 1), after.planned());
    }

    /**
     * A forum with a meeting held this year (two present, one absent, one only invited: 2 of 3),
     * one held last year (present, not counted) and one to come; its action items one done, one
     * overdue and one open not yet due.
     */
    private Forum forum(MetricsFixture fixture) {
        Forum forum = new Forum();
        forum.setName(LocalizedText.of("Mittarifoorumi " + fixture.unique));
        forum.setType(ForumType.NETWORK);
        LocalDateTime now = LocalDateTime.now(FinnishDates.FINNISH_TIME).withSecond(0).withNano(0);
        LocalDateTime newYear = LocalDate.of(now.getYear(), 1, 1).atStartOfDay();
        LocalDateTime held = now.minusDays(1).isBefore(newYear) ? newYear : now.minusDays(1);
        Meeting meeting = meeting(forum, "Pidetty kokous", held);
        participant(meeting, fixture.actors.get(ActorSector.MUNICIPALITY), Attendance.PRESENT);
        participant(meeting, fixture.actors.get(ActorSector.EDUCATION), Attendance.PRESENT);
        participant(meeting, fixture.actors.get(ActorSector.THIRD_SECTOR), Attendance.ABSENT);
        participant(meeting, fixture.actors.get(ActorSector.COMPANY), Attendance.INVITED);
        LocalDate today = FinnishDates.today();
        item(meeting, "Tehty", ActionStatus.DONE, today.minusDays(10));
        item(meeting, "Myöhässä", ActionStatus.OPEN, today.minusDays(1));
        item(meeting, "Avoinna", ActionStatus.OPEN, today.plusDays(7));
        Meeting lastYear = meeting(forum, "Viime vuoden kokous", newYear.minusDays(10));
        participant(lastYear, fixture.actors.get(ActorSector.MUNICIPALITY), Attendance.PRESENT);
        Meeting coming = meeting(forum, "Tuleva kokous", now.plusDays(1));
        participant(coming, fixture.actors.get(ActorSector.MUNICIPALITY), Attendance.PRESENT);
        Forum saved = forums.save(forum);
        UUID id = saved.getId();
        deleteAfterTest(() -> forums.deleteById(id));
        return saved;
    }

    private static Meeting meeting(Forum forum, String title, LocalDateTime start) {
        Meeting meeting = new Meeting();
        meeting.setTitle(title);
        meeting.setStart(start);
        forum.addMeeting(meeting);
        return meeting;
    }

    private static void participant(Meeting meeting, Actor actor, Attendance attendance) {
        MeetingParticipant participant = new MeetingParticipant();
        participant.setActor(actor);
        participant.setAttendance(attendance);
        meeting.addParticipant(participant);
    }

    private static void item(Meeting meeting, String description, ActionStatus status, LocalDate due) {
        ActionItem item = new ActionItem();
        item.setDescription(description);
        item.setStatus(status);
        item.setDue(due);
        meeting.addActionItem(item);
    }

    private void event(String title, LocalDateTime start, boolean publicEvent) {
        CalendarEvent event = new CalendarEvent();
        event.setTitle(LocalizedText.of(title));
        event.setCategory(EventCategory.NETWORK_MEETING);
        event.setStart(start);
        event.setPublicEvent(publicEvent);
        CalendarEvent saved = calendarEvents.save(event);
        deleteAfterTest(() -> calendarEvents.deleteById(saved.getId()));
    }
}
