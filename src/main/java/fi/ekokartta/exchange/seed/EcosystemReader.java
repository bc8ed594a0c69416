package fi.ekokartta.exchange.seed;

import fi.ekokartta.exchange.imports.ImportEntry;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.ContactDetails;
import fi.ekokartta.ecosystem.ActorRelationship;
import fi.ekokartta.ecosystem.RelationshipType;
import fi.ekokartta.ecosystem.Role;
import fi.ekokartta.ecosystem.RoleAssignment;
import fi.ekokartta.taxonomy.TargetGroup;
import tools.jackson.databind.JsonNode;

import java.util.Optional;
import java.util.UUID;

/** Roles, role assignments and actor relationships from seed-data/ecosystem/. */
final class EcosystemReader {

    private final SeedGraph graph;

    EcosystemReader(SeedGraph graph) {
        this.graph = graph;
    }

    void readRoles(EcosystemFile file) {
        for (ImportEntry entry : file.entries("roles")) {
            UUID id = EcosystemFile.requiredId(entry, "id", "role");
            Role role = new Role();
            role.setName(entry.localized("name", true));
            role.setDescription(entry.localized("description", false));
            if (id != null && graph.roles.putIfAbsent(id, role) != null) {
                entry.reject("id", "import.problem.duplicate-id");
            }
            role.setId(id);
        }
        for (ImportEntry entry : file.entries("assignments")) {
            readAssignment(entry);
        }
    }

    private void readAssignment(ImportEntry entry) {
        RoleAssignment assignment = new RoleAssignment();
        EcosystemFile.id(entry, "id", "role-assignment").ifPresent(assignment::setId);
        UUID roleId = EcosystemFile.requiredId(entry, "role", "role");
        if (roleId != null) {
            SeedGraph.known(entry, "role", roleId, graph.roles, SeedGraph.UNKNOWN_ROLE).ifPresent(assignment::setRole);
        }
        requireActor(entry, "actor").ifPresent(assignment::setActor);
        entry.texts("target_groups").forEach(reference ->
                targetGroup(entry, reference).ifPresent(assignment.getTargetGroups()::add));
        entry.texts("municipalities").forEach(code ->
                graph.municipality(entry, "municipalities", code).ifPresent(assignment.getMunicipalities()::add));
        assignment.setResponsibilities(entry.localized("responsibilities", true));
        JsonNode contact = entry.node().get("contact");
        if (contact != null && contact.isObject()) {
            assignment.setContact(contact(entry.child(contact, "contact")));
        }
        graph.roleAssignments.add(assignment);
    }

    void readRelationships(EcosystemFile file) {
        for (ImportEntry entry : file.entries(null)) {
            ActorRelationship relationship = new ActorRelationship();
            EcosystemFile.id(entry, "id", "relationship").ifPresent(relationship::setId);
            requireActor(entry, "from").ifPresent(relationship::setSource);
            requireActor(entry, "to").ifPresent(relationship::setTarget);
            String type = entry.requiredText("type");
            if (type != null) {
                entry.parseEnum("type", type, RelationshipType.class).ifPresent(relationship::setType);
            }
            if (relationship.getSource() != null && relationship.getSource().equals(relationship.getTarget())) {
                entry.reject("to", "seed.problem.relationship-with-itself");
            }
            relationship.setDescription(entry.localized("description", false));
            entry.date("valid_from").ifPresent(relationship::setValidFrom);
            entry.date("valid_to").ifPresent(relationship::setValidTo);
            if (relationship.getValidFrom() != null && relationship.getValidTo() != null
                    && relationship.getValidTo().isBefore(relationship.getValidFrom())) {
                entry.reject("valid_to", "import.problem.ends-before-start", relationship.getValidTo().toString(),
                        relationship.getValidFrom().toString());
            }
            graph.relationships.add(relationship);
        }
    }

    static ContactDetails contact(ImportEntry contact) {
        return new ContactDetails(contact.text("name").orElse(null), contact.text("title").orElse(null),
                contact.text("department").orElse(null), contact.email("email").orElse(null),
                contact.text("phone").orElse(null));
    }

    Optional<Actor> requireActor(ImportEntry entry, String field) {
        if (!entry.has(field)) {
            entry.reject(field, "import.problem.required");
            return Optional.empty();
        }
        return graph.actor(entry, field);
    }

    private Optional<TargetGroup> targetGroup(ImportEntry entry, String reference) {
        try {
            return SeedGraph.known(entry, "target_groups", UUID.fromString(reference), graph.targetGroups,
                    SeedGraph.UNKNOWN_TARGET_GROUP);
        } catch (IllegalArgumentException e) {
            var byCode = graph.targetGroups.values().stream().filter(g -> reference.equals(g.getCode())).findFirst();
            if (byCode.isEmpty()) {
                entry.reject("target_groups", SeedGraph.UNKNOWN_TARGET_GROUP, reference);
            }
            return byCode;
        }
    }
}
