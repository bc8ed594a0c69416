package fi.ekokartta.ecosystem;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorStatus;
import fi.ekokartta.base.domain.ConflictException;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.domain.ValidationException;
import fi.ekokartta.security.UserRole;
import fi.ekokartta.taxonomy.TargetGroup;
import fi.ekokartta.taxonomy.TargetGroupRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;


import org.springframework.security.core.context.SecurityContextHolder;



import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The catalogue's and the assignments' validation, with translated reasons, and optimistic locking. */
class RoleEditingTest extends AbstractAppTest {

    @Autowired
    private RoleEditing editing;
    @Autowired
    private RoleCatalog catalog;
    @Autowired
    private RoleRepository roles;
    @Autowired
    private RoleAssignmentRepository assignments;
    @Autowired
    private TargetGroupRepository targetGroups;
    @Autowired
    private JdbcTemplate jdbc;

    private String unique;
    private RoleFixture fixture;
    private TargetGroup group;
    private Actor actor;
    private Role role;

    @BeforeEach
    void coordinator() {
        unique = EntryFixture.unique();
        fixture = new RoleFixture(roles, assignments, targetGroups, jdbc, this::deleteAfterTest);
        group = fixture.targetGroup("Validointiryhmä " + unique);
        actor = entries().actor("Validointitoimija " + unique);
        role = fixture.role("Validointirooli " + unique);
        login("roolit-validointi", UserRole.COORDINATOR);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void role_needs_a_finnish_name_of_reasonable_length() {
        ValidationException missing = assertThrows(ValidationException.class,
                () -> editing.createRole(new RoleContent(new LocalizedText(null, "Bara svenska", null), null)));
        assertThat(missing.getFieldErrors()).containsEntry("name.fi", "roles.error.name-required");
        ValidationException tooLong = assertThrows(ValidationException.class,
                () -> editing.updateRole(role.getId(), role.getVersion(), new RoleContent(LocalizedText.of("x".repeat(201)), null)));
        assertThat(tooLong.getFieldErrors()).containsEntry("name.fi", "roles.error.name-too-long");
        assertThat(roles.findById(role.getId()).orElseThrow().getName().getFi()).isEqualTo("Validointirooli " + unique);
    }

    @Test
    void assignment_needs_an_active_actor_and_a_client_group() {
        ValidationException empty = assertThrows(ValidationException.class, () -> editing.createAssignment(role.getId(),
                new AssignmentContent(actor.getId(), Set.of(), Set.of(), null)));
        assertThat(empty.getFieldErrors()).containsEntry("targetGroups", "roles.error.target-groups-required");
        Actor archived = entries().actor("Arkistoitu " + unique, a -> a.setStatus(ActorStatus.ARCHIVED));
        ValidationException archivedActor = assertThrows(ValidationException.class, () -> editing.createAssignment(
                role.getId(), new AssignmentContent(archived.getId(), Set.of(group.getId()), Set.of(), null)));
        assertThat(archivedActor.getFieldErrors()).containsEntry("actor", "roles.error.actor-archived");
        RejectedInputException unknownPlace = assertThrows(RejectedInputException.class, () -> editing.createAssignment(
                role.getId(), new AssignmentContent(actor.getId(), Set.of(group.getId()), Set.of("999x"), null)));
        assertThat(unknownPlace.getMessageKey()).isEqualTo("roles.error.unknown-choice");
        assertThat(assignments.countByRoleId(role.getId())).isZero();
    }

    @Test
    void a_role_still_held_is_not_deleted() {
        editing.createAssignment(role.getId(), new AssignmentContent(actor.getId(), Set.of(group.getId()), Set.of("091"),
                LocalizedText.of("Tehtävä.")));

        RejectedInputException held = assertThrows(RejectedInputException.class, () -> editing.deleteRole(role.getId()));
        assertThat(held.getMessageKey()).isEqualTo("roles.error.in-use");
        assertThat(held.getArguments()).containsExactly(1L);
        assertThat(roles.existsById(role.getId())).isTrue();
    }

    @Test
    void a_stale_version_is_refused_as_a_conflict() {
        editing.updateRole(role.getId(), role.getVersion(), new RoleContent(LocalizedText.of("Ensimmäinen " + unique), null));

        assertThrows(ConflictException.class, () -> editing.updateRole(role.getId(), role.getVersion(),
                new RoleContent(LocalizedText.of("Toinen " + unique), null)));
        assertThat(catalog.role(role.getId()).orElseThrow().name().getFi()).isEqualTo("Ensimmäinen " + unique);
    }
}
