package fi.ekokartta.ecosystem;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.area.Municipality;
import fi.ekokartta.base.domain.ContactDetails;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.taxonomy.TargetGroup;
import fi.ekokartta.taxonomy.TargetGroupRepository;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Roles, assignments and client groups a test makes for itself, removed after the test (a role
 * with every assignment it has by then, so assignments the test made through the editing service
 * go too). Make them after the actors they name, so they are removed first.
 */
public class RoleFixture {

    private final RoleRepository roles;
    private final RoleAssignmentRepository assignments;
    private final TargetGroupRepository targetGroups;
    private final JdbcTemplate jdbc;
    private final Consumer<Runnable> deleteAfterTest;

    public RoleFixture(RoleRepository roles, RoleAssignmentRepository assignments, TargetGroupRepository targetGroups,
                       JdbcTemplate jdbc, Consumer<Runnable> deleteAfterTest) {
        this.roles = roles;
        this.assignments = assignments;
        this.targetGroups = targetGroups;
        this.jdbc = jdbc;
        this.deleteAfterTest = deleteAfterTest;
    }

    public TargetGroup targetGroup(String name) {
        TargetGroup group = new TargetGroup();
        group.setCode("testi-" + UUID.randomUUID());
        group.setName(LocalizedText.of(name));
        TargetGroup saved = targetGroups.save(group);
        deleteAfterTest.accept(() -> {
            jdbc.update("delete from role_assignment_target_group where target_groups_id = ?", saved.getId());
            jdbc.update("delete from target_group where id = ?", saved.getId());
        });
        return saved;
    }

    public Role role(String name) {
        Role role = new Role();
        role.setName(LocalizedText.of(name));
        role.setDescription(LocalizedText.of("Testirooli " + name + "."));
        Role saved = roles.save(role);
        deleteAfterTest.accept(() -> deleteRole(saved.getId()));
        return saved;
    }

    /** Removes a role (made here or through the editing service) with its assignments. */
    public void deleteRole(UUID roleId) {
        List<UUID> held = jdbc.queryForList("select id from role_assignment where role_id = ?", UUID.class, roleId);
        held.forEach(this::deleteAssignment);
        jdbc.update("delete from role where id = ?", roleId);
    }

    public void deleteAssignment(UUID id) {
        jdbc.update("delete from role_assignment_target_group where role_assignment_id = ?", id);
        jdbc.update("delete from role_assignment_municipality where role_assignment_id = ?", id);
        jdbc.update("delete from role_assignment where id = ?", id);
    }

    public RoleAssignment assignment(Role role, Actor actor, List<TargetGroup> groups, List<Municipality> places,
                                     String responsibilities) {
        RoleAssignment assignment = new RoleAssignment();
        assignment.setRole(role);
        assignment.setActor(actor);
        assignment.getTargetGroups().addAll(groups);
        assignment.getMunicipalities().addAll(places);
        assignment.setResponsibilities(LocalizedText.of(responsibilities));
        assignment.setContact(new ContactDetails(null, "Palveluohjaaja", null, "ohjaus@testi.example", null));
        RoleAssignment saved = assignments.save(assignment);
        deleteAfterTest.accept(() -> deleteAssignment(saved.getId()));
        return saved;
    }
}
