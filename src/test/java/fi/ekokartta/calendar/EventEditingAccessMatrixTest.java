package fi.ekokartta.calendar;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who may change the vuosikello's events, decided by {@link EventEditing}: every kind of user
 * against creating, editing and deleting an event organized by actor B. The maintainer of B may;
 * a maintainer of A may not. A refused command leaves the events exactly as they were.
 */
class EventEditingAccessMatrixTest extends AbstractAppTest {

    enum Who { ADMIN, COORDINATOR, MAINTAINER_OF_ORGANIZER, MAINTAINER_OF_OTHER, COUNSELLOR, ANONYMOUS }

    enum Operation { CREATE, EDIT, DELETE }

    @Autowired
    private EventEditing editing;
    @Autowired
    private CalendarEventRepository events;
    @Autowired
    private JdbcTemplate jdbc;

    private String unique;
    private Actor a;
    private Actor b;
    private CalendarEvent event;

    @BeforeEach
    void an_event_organized_by_b() {
        unique = EntryFixture.unique();
        a = entries().actor("Muu järjestö " + unique);
        b = entries().actor("Järjestäjä " + unique);
        CalendarEvent created = new CalendarEvent();
        created.setTitle(LocalizedText.of("Matriisitapahtuma " + unique));
        created.setCategory(EventCategory.TRAINING);
        created.setStart(LocalDateTime.of(2027, 3, 2, 9, 0));
        created.setOrganizer(b);
        created.setPublicEvent(true);
        event = events.save(created);
        deleteAfterTest(() -> {
            jdbc.update("delete from calendar_event_participant where event_id in (select id from calendar_event where title_fi like ?)",
                    "%" + unique);
            jdbc.update("delete from calendar_event where title_fi like ?", "%" + unique);
        });
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Who who : Who.values()) {
            for (Operation operation : Operation.values()) {
                cases.add(Arguments.of(who, operation, who == Who.COORDINATOR || who == Who.MAINTAINER_OF_ORGANIZER));
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
        String name = who.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + unique;
        switch (who) {
            case ANONYMOUS -> logout();
            case MAINTAINER_OF_ORGANIZER -> {
                saveUser(name, UserRole.MAINTAINER, b);
                login(name, UserRole.MAINTAINER);
            }
            case MAINTAINER_OF_OTHER -> {
                saveUser(name, UserRole.MAINTAINER, a);
                login(name, UserRole.MAINTAINER);
            }
            case COUNSELLOR -> {
                saveUser(name, UserRole.COUNSELLOR, b);
                login(name, UserRole.COUNSELLOR);
            }
            default -> {
                UserRole role = UserRole.valueOf(who.name());
                saveUser(name, role);
                login(name, role);
            }
        }
    }

    private void run(Operation operation) {
        switch (operation) {
            case CREATE -> editing.create(content("Uusi tapahtuma " + unique));
            case EDIT -> editing.update(event.getId(), event.getVersion(), content("Muutettu tapahtuma " + unique));
            case DELETE -> editing.delete(event.getId(), event.getVersion());
        }
    }

    private EventEditing.EventContent content(String title) {
        return new EventEditing.EventContent(LocalizedText.of(title), new LocalizedText(), EventCategory.TRAINING,
                LocalDateTime.of(2027, 4, 6, 9, 0), LocalDateTime.of(2027, 4, 6, 11, 0), "FREQ=MONTHLY;BYDAY=1TU", "Koulutustila",
                "https://example.org/koulutus", b.getId(), Set.of(a.getId()), true);
    }

    /** Everything the commands could change, as one text. */
    private String state() {
        return String.join("|", jdbc.queryForList("select title_fi || '/' || starts_at || '/' || coalesce(recurrence, '-') || '/' || version"
                + " from calendar_event where title_fi like ? order by title_fi", String.class, "%" + unique));
    }
}
