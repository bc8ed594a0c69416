package fi.ekokartta.ecosystem;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.area.Municipality;
import fi.ekokartta.area.MunicipalityRepository;
import fi.ekokartta.base.domain.ConflictException;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.domain.ValidationException;
import fi.ekokartta.stewardship.EditingRights;
import fi.ekokartta.taxonomy.TargetGroup;
import fi.ekokartta.taxonomy.TargetGroupRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Changes to the role catalogue and to role assignments, every permission decided here:
 * coordinators keep the catalogue (create, change and remove roles) and every assignment; a
 * maintainer creates, changes and removes the assignments of the actors she keeps current
 * ({@link EditingRights}: her organizations and the units under them), and only moves an
 * assignment between such actors. Administrators, counsellors and anonymous visitors change
 * nothing. A refusal changes nothing.
 */
@Service
@Transactional
public class RoleEditing {

    static final int MAX_NAME_LENGTH = 200;

    private final RoleRepository roles;
    private final RoleAssignmentRepository assignments;
    private final ActorRepository actors;
    private final TargetGroupRepository targetGroups;
    private final MunicipalityRepository municipalities;
    private final EditingRights rights;

    RoleEditing(RoleRepository roles, RoleAssignmentRepository assignments, ActorRepository actors,
                TargetGroupRepository targetGroups, MunicipalityRepository municipalities, EditingRights rights) {
        this.roles = roles;
        this.assignments = assignments;
        this.actors = actors;
        this.targetGroups = targetGroups;
        this.municipalities = municipalities;
        this.rights = rights;
    }

    /** Whether the user keeps the role catalogue. */
    @Transactional(readOnly = true)
    public boolean mayEditCatalogue() {
        return rights.isCoordinator();
    }

    /** The active actors whose assignments the user may make, by Finnish name; empty for those who may make none. */
    @Transactional(readOnly = true)
    public List<RoleCatalog.Named> editableActors() {
        if (!rights.isCoordinator() && !rights.isMaintainer()) {
            return List.of();
        }
        return actors.findActiveByName().stream().filter(rights::keepsCurrent)
                .map(actor -> new RoleCatalog.Named(actor.getId(), actor.getName())).toList();
    }

    public UUID createRole(RoleContent content) {
        if (!rights.isCoordinator()) {
            throw rights.refused("create role", null);
        }
        validate(content);
        Role role = new Role();
        apply(role, content);
        return roles.save(role).getId();
    }

    public void updateRole(UUID id, long version, RoleContent content) {
        if (!rights.isCoordinator()) {
            throw rights.refused("edit role", id);
        }
        Role role = roles.findById(id).orElseThrow(() -> new RejectedInputException("roles.error.not-found"));
        checkVersion("Role " + id, version, role.getVersion());
        validate(content);
        apply(role, content);
    }

    /** Removes a role that no actor holds; one still held is refused with a reason. */
    public void deleteRole(UUID id) {
        if (!rights.isCoordinator()) {
            throw rights.refused("delete role", id);
        }
        Role role = roles.findById(id).orElseThrow(() -> new RejectedInputException("roles.error.not-found"));
        long held = assignments.countByRoleId(id);
        if (held > 0) {
            throw new RejectedInputException("roles.error.in-use", held);
        }
        roles.delete(role);
    }

    public UUID createAssignment(UUID roleId, AssignmentContent content) {
        Actor actor = content.actorId() == null ? null : actors.findById(content.actorId()).orElse(null);
        if (!rights.keepsCurrent(actor)) {
            throw rights.refused("create role assignment for actor", content.actorId());
        }
        Role role = roles.findById(roleId).orElseThrow(() -> new RejectedInputException("roles.error.not-found"));
        validate(content, actor);
        RoleAssignment assignment = new RoleAssignment();
        assignment.setRole(role);
        apply(assignment, actor, content);
        return assignments.save(assignment).getId();
    }

    public void updateAssignment(UUID id, long version, AssignmentContent content) {
        RoleAssignment assignment = assignments.findById(id)
                .orElseThrow(() -> new RejectedInputException("roles.error.assignment-not-found"));
        if (!rights.keepsCurrent(assignment.getActor())) {
            throw rights.refused("edit role assignment", id);
        }
        Actor actor = content.actorId() == null ? null : actors.findById(content.actorId()).orElse(null);
        if (actor != null && !rights.keepsCurrent(actor)) {
            throw rights.refused("move role assignment to actor", actor.getId());
        }
        checkVersion("Role assignment " + id, version, assignment.getVersion());
        validate(content, actor);
        apply(assignment, actor, content);
    }

    public void deleteAssignment(UUID id) {
        RoleAssignment assignment = assignments.findById(id)
                .orElseThrow(() -> new RejectedInputException("roles.error.assignment-not-found"));
        if (!rights.keepsCurrent(assignment.getActor())) {
            throw rights.refused("delete role assignment", id);
        }
        assignments.delete(assignment);
    }

    private static void checkVersion(String entry, long expected, Long stored) {
        long current = stored == null ? 0 : stored;
        if (current != expected) {
            throw new ConflictException(entry, expected, current, List.of());
        }
    }

    private static void validate(RoleContent content) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalizedText name = content.name() == null ? new LocalizedText() : content.name();
        if (name.in("fi").isEmpty()) {
            errors.put("name.fi", "roles.error.name-required");
        }
        for (String language : List.of("fi", "sv", "en")) {
            name.in(language).filter(text -> text.length() > MAX_NAME_LENGTH)
                    .ifPresent(text -> errors.put("name." + language, "roles.error.name-too-long"));
            if (content.description() != null) {
                content.description().in(language).filter(text -> text.length() > LocalizedText.MAX_LENGTH)
                        .ifPresent(text -> errors.put("description." + language, "roles.error.text-too-long"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static void validate(AssignmentContent content, Actor actor) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (actor == null) {
            errors.put("actor", "roles.error.actor-required");
        } else if (!actor.isActive()) {
            errors.put("actor", "roles.error.actor-archived");
        }
        if (content.targetGroupIds().isEmpty()) {
            errors.put("targetGroups", "roles.error.target-groups-required");
        }
        for (String language : List.of("fi", "sv", "en")) {
            content.responsibilities().in(language).filter(text -> text.length() > LocalizedText.MAX_LENGTH)
                    .ifPresent(text -> errors.put("responsibilities." + language, "roles.error.text-too-long"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static void apply(Role role, RoleContent content) {
        role.setName(trimmed(content.name()));
        role.setDescription(trimmed(content.description()));
    }

    private void apply(RoleAssignment assignment, Actor actor, AssignmentContent content) {
        List<TargetGroup> groups = targetGroups.findAllById(content.targetGroupIds());
        List<Municipality> places = municipalities.findByCodeIn(content.municipalityCodes());
        if (groups.size() != content.targetGroupIds().size() || places.size() != content.municipalityCodes().size()) {
            throw new RejectedInputException("roles.error.unknown-choice");
        }
        assignment.setActor(actor);
        assignment.getTargetGroups().clear();
        assignment.getTargetGroups().addAll(groups);
        assignment.getMunicipalities().clear();
        assignment.getMunicipalities().addAll(places);
        assignment.setResponsibilities(trimmed(content.responsibilities()));
    }

    private static LocalizedText trimmed(LocalizedText text) {
        if (text == null) {
            return new LocalizedText();
        }
        return new LocalizedText(trim(text.getFi()), trim(text.getSv()), trim(text.getEn()));
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
