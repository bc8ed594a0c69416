package fi.ekokartta.ecosystem;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.area.MunicipalityRepository;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.security.UserRole;
import fi.ekokartta.taxonomy.TargetGroup;
import fi.ekokartta.taxonomy.TargetGroupRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;


import org.springframework.security.core.context.SecurityContextHolder;


import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Who may change the role catalogue and which assignments, every cell asserted both ways: an
 * allowed operation succeeds, a refused one throws AccessDeniedException and leaves the data as it
 * was. Seen from maintainer A: "own" is an assignment of organization A's unit, "other" one of
 * organization B.
 */
class RoleEditingAccessMatrixTest extends AbstractAppTest {

    enum Who { ANONYMOUS, COUNSELLOR, MAINTAINER_A, MAINTAINER_B, COORDINATOR, ADMIN }

    enum Operation {
        CREATE_ROLE, EDIT_ROLE, DELETE_ROLE, CREATE_OWN_ASSIGNMENT, CREATE_OTHER_ASSIGNMENT, EDIT_OWN_ASSIGNMENT,
        EDIT_OTHER_ASSIGNMENT, MOVE_OWN_ASSIGNMENT_TO_OTHER, DELETE_OWN_ASSIGNMENT, DELETE_OTHER_ASSIGNMENT
    }

    @Autowired
    private RoleEditing editing;
    @Autowired
    private RoleRepository roles;
    @Autowired
    private RoleAssignmentRepository assignments;
    @Autowired
    private TargetGroupRepository targetGroups;
    @Autowired
    private MunicipalityRepository municipalities;
    @Autowired
    private JdbcTemplate jdbc;

    private String unique;
    private RoleFixture fixture;
    private TargetGroup group;
    private Actor unitOfA;
    private Actor organizationB;
    private Role role;
    private Role emptyRole;
    private RoleAssignment own;
    private RoleAssignment other;

    @BeforeEach
    void organizationsAccountsAndAssignments() {
        unique = EntryFixture.unique();
        fixture = new RoleFixture(roles, assignments, targetGroups, jdbc, this::deleteAfterTest);
        group = fixture.targetGroup("Matriisiryhmä " + unique);
        Actor organizationA = entries().actor("Järjestö A " + unique);
        unitOfA = entries().actor("Yksikkö A " + unique, unit -> unit.setParent(organizationA));
        organizationB = entries().actor("Järjestö B " + unique);
        saveUser(username(Who.COUNSELLOR), UserRole.COUNSELLOR);
        saveUser(username(Who.MAINTAINER_A), UserRole.MAINTAINER, organizationA);
        saveUser(username(Who.MAINTAINER_B), UserRole.MAINTAINER, organizationB);
        saveUser(username(Who.COORDINATOR), UserRole.COORDINATOR);
        saveUser(username(Who.ADMIN), UserRole.ADMIN);
        role = fixture.role("Matriisirooli " + unique);
        emptyRole = fixture.role("Tyhjä rooli " + unique);
        own = fixture.assignment(role, unitOfA, List.of(group), List.of(), "Oma tehtävä.");
        other = fixture.assignment(role, organizationB, List.of(group), List.of(), "Toisen tehtävä.");
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
            "ANONYMOUS, CREATE_ROLE, false", "COUNSELLOR, CREATE_ROLE, false", "MAINTAINER_A, CREATE_ROLE, false",
            "COORDINATOR, CREATE_ROLE, true", "ADMIN, CREATE_ROLE, false",
            "ANONYMOUS, EDIT_ROLE, false", "COUNSELLOR, EDIT_ROLE, false", "MAINTAINER_A, EDIT_ROLE, false",
            "COORDINATOR, EDIT_ROLE, true", "ADMIN, EDIT_ROLE, false",
            "ANONYMOUS, DELETE_ROLE, false", "MAINTAINER_A, DELETE_ROLE, false", "COORDINATOR, DELETE_ROLE, true",
            "ADMIN, DELETE_ROLE, false",
            "ANONYMOUS, CREATE_OWN_ASSIGNMENT, false", "COUNSELLOR, CREATE_OWN_ASSIGNMENT, false",
            "MAINTAINER_A, CREATE_OWN_ASSIGNMENT, true", "MAINTAINER_B, CREATE_OWN_ASSIGNMENT, false",
            "COORDINATOR, CREATE_OWN_ASSIGNMENT, true", "ADMIN, CREATE_OWN_ASSIGNMENT, false",
            "MAINTAINER_A, CREATE_OTHER_ASSIGNMENT, false", "MAINTAINER_B, CREATE_OTHER_ASSIGNMENT, true",
            "ANONYMOUS, EDIT_OWN_ASSIGNMENT, false", "COUNSELLOR, EDIT_OWN_ASSIGNMENT, false",
            "MAINTAINER_A, EDIT_OWN_ASSIGNMENT, true", "MAINTAINER_B, EDIT_OWN_ASSIGNMENT, false",
            "COORDINATOR, EDIT_OWN_ASSIGNMENT, true", "ADMIN, EDIT_OWN_ASSIGNMENT, false",
            "MAINTAINER_A, EDIT_OTHER_ASSIGNMENT, false", "COORDINATOR, EDIT_OTHER_ASSIGNMENT, true",
            "MAINTAINER_A, MOVE_OWN_ASSIGNMENT_TO_OTHER, false", "COORDINATOR, MOVE_OWN_ASSIGNMENT_TO_OTHER, true",
            "ANONYMOUS, DELETE_OWN_ASSIGNMENT, false", "COUNSELLOR, DELETE_OWN_ASSIGNMENT, false",
            "MAINTAINER_A, DELETE_OWN_ASSIGNMENT, true", "MAINTAINER_B, DELETE_OWN_ASSIGNMENT, false",
            "COORDINATOR, DELETE_OWN_ASSIGNMENT, true", "ADMIN, DELETE_OWN_ASSIGNMENT, false",
            "MAINTAINER_A, DELETE_OTHER_ASSIGNMENT, false", "MAINTAINER_B, DELETE_OTHER_ASSIGNMENT, true",
    })
    void access(Who who, Operation operation, boolean allowed) {
        Map<String, Object> before = snapshot();
        signIn(who);
        try {
            Runnable action = action(operation);
            if (allowed) {
                action.run();
                assertThat(snapshot()).isNotEqualTo(before);
            } else {
                assertThrows(AccessDeniedException.class, action::run);
                assertThat(snapshot()).isEqualTo(before);
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Runnable action(Operation operation) {
        AssignmentContent changed = new AssignmentContent(unitOfA.getId(), Set.of(group.getId()), Set.of("091"),
                LocalizedText.of("Muutettu tehtävä."));
        return switch (operation) {
            case CREATE_ROLE -> () -> deleteAfterTest(cleanUpRole(editing.createRole(
                    new RoleContent(LocalizedText.of("Uusi rooli " + unique), new LocalizedText()))));
            case EDIT_ROLE -> () -> editing.updateRole(role.getId(), role.getVersion(),
                    new RoleContent(LocalizedText.of("Uusi nimi " + unique), new LocalizedText()));
            case DELETE_ROLE -> () -> editing.deleteRole(emptyRole.getId());
            case CREATE_OWN_ASSIGNMENT -> () -> editing.createAssignment(role.getId(), changed);
            case CREATE_OTHER_ASSIGNMENT -> () -> editing.createAssignment(role.getId(),
                    new AssignmentContent(organizationB.getId(), Set.of(group.getId()), Set.of(), new LocalizedText()));
            case EDIT_OWN_ASSIGNMENT -> () -> editing.updateAssignment(own.getId(), own.getVersion(), changed);
            case EDIT_OTHER_ASSIGNMENT -> () -> editing.updateAssignment(other.getId(), other.getVersion(),
                    new AssignmentContent(organizationB.getId(), Set.of(group.getId()), Set.of("091"), new LocalizedText()));
            case MOVE_OWN_ASSIGNMENT_TO_OTHER -> () -> editing.updateAssignment(own.getId(), own.getVersion(),
                    new AssignmentContent(organizationB.getId(), Set.of(group.getId()), Set.of(), new LocalizedText()));
            case DELETE_OWN_ASSIGNMENT -> () -> editing.deleteAssignment(own.getId());
            case DELETE_OTHER_ASSIGNMENT -> () -> editing.deleteAssignment(other.getId());
        };
    }

    private Runnable cleanUpRole(UUID id) {
        return () -> fixture.deleteRole(id);
    }

    /** The roles and assignments of this test as stored, to compare before and after. */
    private Map<String, Object> snapshot() {
        return Map.of(
                "roles", jdbc.queryForList("select id, name_fi, version from role where name_fi like ? order by id",
                        "%" + unique),
                "assignments", jdbc.queryForList("""
                        select a.id, a.actor_id, a.responsibilities_fi, a.version from role_assignment a
                        where a.role_id in (?, ?) order by a.id""", role.getId(), emptyRole.getId()),
                "municipalities", jdbc.queryForList("""
                        select m.* from role_assignment_municipality m join role_assignment a on a.id = m.role_assignment_id
                        where a.role_id = ? order by 1, 2""", role.getId()));
    }

    private void signIn(Who who) {
        if (who == Who.ANONYMOUS) {
            SecurityContextHolder.clearContext();
            return;
        }
        UserRole userRole = switch (who) {
            case COUNSELLOR -> UserRole.COUNSELLOR;
            case MAINTAINER_A, MAINTAINER_B -> UserRole.MAINTAINER;
            case COORDINATOR -> UserRole.COORDINATOR;
            default -> UserRole.ADMIN;
        };
        login(username(who), userRole);
    }

    private String username(Who who) {
        return "roolimatriisi-" + who.name().toLowerCase() + "-" + unique;
    }
}
