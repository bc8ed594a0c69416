package fi.ekokartta.roadmap;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Only coordinators change any action's status (a maintainer with no organizations none); a refused
 * change leaves the status as it was. The full matrix is in {@link RoadmapAccessMatrixTest}.
 */
class RoadmapAccessTest extends AbstractAppTest {

    @Autowired
    private Roadmap roadmap;
    @Autowired
    private RoadmapEditing editing;
    @Autowired
    private JdbcTemplate jdbc;

    private UUID action() {
        return roadmap.goals().stream().flatMap(goal -> goal.actions().stream()).findFirst().orElseThrow().id();
    }

    private long version(UUID id) {
        return jdbc.queryForObject("select version from roadmap_action where id = ?", Long.class, id);
    }

    private String status(UUID id) {
        return jdbc.queryForObject("select status from roadmap_action where id = ?", String.class, id);
    }

    @ParameterizedTest
    @EnumSource(value = UserRole.class, names = {"ADMIN", "MAINTAINER", "COUNSELLOR"})
    void others_are_refused(UserRole role) {
        UUID id = action();
        String before = status(id);
        login(role.name().toLowerCase() + "-" + EntryFixture.unique(), role);

        assertThat(editing.mayEdit()).isFalse();
        assertThat(editing.mayChangeStatus(id)).isFalse();
        assertThatThrownBy(() -> editing.setActionStatus(id, version(id), ProgressStatus.DONE)).isInstanceOf(AccessDeniedException.class);
        assertThat(status(id)).isEqualTo(before);
    }

    @Test
    void anonymous_is_refused() {
        UUID id = action();
        String before = status(id);

        assertThatThrownBy(() -> editing.setActionStatus(id, version(id), ProgressStatus.DONE)).isInstanceOf(AccessDeniedException.class);
        assertThat(status(id)).isEqualTo(before);
    }

    @Test
    void a_coordinator_changes_the_status() {
        UUID id = action();
        String before = status(id);
        deleteAfterTest(() -> jdbc.update("update roadmap_action set status = ? where id = ?", before, id));
        login("koordinaattori-" + EntryFixture.unique(), UserRole.COORDINATOR);
        ProgressStatus other = ProgressStatus.valueOf(before) == ProgressStatus.DONE ? ProgressStatus.IN_PROGRESS : ProgressStatus.DONE;

        editing.setActionStatus(id, version(id), other);

        assertThat(status(id)).isEqualTo(other.name());
    }
}
