package fi.ekokartta.forum;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who may change forum meetings, decided by {@link MeetingEditing}: every user kind against every
 * operation. The maintainer keeps actor B's entries; "own" operations concern B, "other" ones A.
 * A refused operation leaves the forum exactly as it was.
 */
class MeetingEditingAccessMatrixTest extends AbstractAppTest {

    enum Who { ADMIN, COORDINATOR, MAINTAINER, COUNSELLOR, ANONYMOUS }

    enum Operation {
        CREATE_MEETING, ADD_TEMPLATE_ITEM, REMOVE_TEMPLATE_ITEM, ADD_AGENDA_ITEM, REMOVE_AGENDA_ITEM, WRITE_MINUTES,
        ADD_DECISION, REMOVE_DECISION, ADD_ACTION_ITEM, DELETE_ACTION_ITEM, MARK_ATTENDANCE_OWN, MARK_ATTENDANCE_OTHER, UPDATE_ACTION_ITEM_OWN, UPDATE_ACTION_ITEM_OTHER
    }

    private static final Set<Operation> MAINTAINER_MAY = Set.of(Operation.MARK_ATTENDANCE_OWN, Operation.UPDATE_ACTION_ITEM_OWN);

    @Autowired
    private MeetingEditing editing;
    @Autowired
    private ForumRepository forums;
    @Autowired
    private JdbcTemplate jdbc;

    private String unique;
    private ForumFixture fixture;
    private Actor a;
    private Actor b;

    @BeforeEach
    void a_forum_of_two_actors() {
        unique = EntryFixture.unique();
        a = entries().actor("Toimija A " + unique);
        b = entries().actor("Toimija B " + unique);
        fixture = new ForumFixture(unique, a, b).save(forums, this::deleteAfterTest);
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Who who : Who.values()) {
            for (Operation operation : Operation.values()) {
                boolean allowed = who == Who.COORDINATOR || who == Who.MAINTAINER && MAINTAINER_MAY.contains(operation);
                cases.add(Arguments.of(who, operation, allowed));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}: allowed {2}")
    @MethodSource("matrix")
    void operation_is_allowed_only_as_the_matrix_says(Who who, Operation operation, boolean allowed) {
        signIn(who);
        String before = state();

        if (allowed) {
            run(operation);
            assertThat(state()).isNotEqualTo(before);
        } else {
            assertThatThrownBy(() -> run(operation)).isInstanceOf(AccessDeniedException.class);
            assertThat(state()).isEqualTo(before);
        }
    }

    private void signIn(Who who) {
        String name = who.name().toLowerCase() + "-" + unique;
        switch (who) {
            case ANONYMOUS -> logout();
            case MAINTAINER, COUNSELLOR -> {
                UserRole role = UserRole.valueOf(who.name());
                saveUser(name, role, b);
                login(name, role);
            }
            default -> {
                UserRole role = UserRole.valueOf(who.name());
                saveUser(name, role);
                login(name, role);
            }
        }
    }

    private void run(Operation operation) {
        UUID meeting = fixture.recent.getId();
        switch (operation) {
            case CREATE_MEETING -> editing.createNextMeeting(fixture.forum.getId(),
                    new MeetingEditing.NewMeeting("Uusi " + unique, LocalDateTime.now().plusDays(90), null, null));
            case ADD_TEMPLATE_ITEM -> editing.addTemplateItem(fixture.forum.getId(), "Pohja " + unique, null, 5);
            case REMOVE_TEMPLATE_ITEM -> editing.removeTemplateItem(fixture.forum.getId(), 0, "Avaus " + unique);
            case ADD_AGENDA_ITEM -> editing.addAgendaItem(meeting, "Kohta " + unique, null, 10);
            case REMOVE_AGENDA_ITEM -> editing.removeAgendaItem(meeting, 0, "Tilannekatsaus " + unique);
            case WRITE_MINUTES -> editing.writeMinutes(meeting, "Uusi muistio " + unique, true);
            case ADD_DECISION -> editing.addDecision(meeting, "Päätös " + unique);
            case REMOVE_DECISION -> editing.removeDecision(meeting, 0, "Salainen päätös " + unique);
            case ADD_ACTION_ITEM -> editing.addActionItem(meeting, "Tehtävä " + unique, b.getId(), LocalDate.now());
            case DELETE_ACTION_ITEM -> editing.deleteActionItem(fixture.openItem.getId());
            case MARK_ATTENDANCE_OWN -> editing.markAttendance(participant(b), Attendance.EXCUSED);
            case MARK_ATTENDANCE_OTHER -> editing.markAttendance(participant(a), Attendance.EXCUSED);
            case UPDATE_ACTION_ITEM_OWN -> editing.updateActionItem(fixture.openItem.getId(), ActionStatus.DONE);
            case UPDATE_ACTION_ITEM_OTHER -> editing.updateActionItem(fixture.doneItem.getId(), ActionStatus.OPEN);
        }
    }

    private UUID participant(Actor actor) {
        return fixture.recent.getParticipants().stream().filter(p -> p.getActor().getId().equals(actor.getId()))
                .findFirst().orElseThrow().getId();
    }

    /** Everything the operations could change, as one text. */
    private String state() {
        UUID forum = fixture.forum.getId();
        UUID meeting = fixture.recent.getId();
        return String.join("|",
                String.valueOf(jdbc.queryForObject("select count(*) from meeting where forum_id = ?", Long.class, forum)),
                String.valueOf(jdbc.queryForObject("select count(*) from forum_agenda_template where forum_id = ?", Long.class, forum)),
                String.valueOf(jdbc.queryForObject("select count(*) from meeting_agenda_item where meeting_id = ?", Long.class, meeting)),
                String.valueOf(jdbc.queryForObject("select minutes || minutes_published from meeting where id = ?", String.class, meeting)),
                String.valueOf(jdbc.queryForObject("select count(*) from meeting_decision where meeting_id = ?", Long.class, meeting)),
                String.valueOf(jdbc.queryForObject("select string_agg(status, ',' order by position) from action_item where meeting_id = ?",
                        String.class, meeting)),
                String.valueOf(jdbc.queryForObject("select string_agg(attendance, ',' order by position) from meeting_participant"
                        + " where meeting_id = ?", String.class, meeting)));
    }
}
