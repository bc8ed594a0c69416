package fi.ekokartta.stewardship;

import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.security.CurrentUser;
import fi.ekokartta.security.UserRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Whose entries a management list holds: coordinators and administrators the whole map (or their
 * own organizations' when they ask), maintainers their organizations' and those of the units
 * under them, as far as she may edit (EditingRights); everyone else is refused, whatever a view
 * shows.
 */
@Component
class ManagementScope {

    /** Stands for "no organization" in an IN clause, which may not be empty. */
    static final UUID NONE = new UUID(0, 0);

    private static final Logger log = LoggerFactory.getLogger(ManagementScope.class);

    private final CurrentUser currentUser;
    private final ActorRepository actors;

    ManagementScope(CurrentUser currentUser, ActorRepository actors) {
        this.currentUser = currentUser;
        this.actors = actors;
    }

    /** The organizations whose entries are listed; null for the whole map. */
    Set<UUID> organizations(boolean mine) {
        if (currentUser.hasAnyRole(UserRole.ADMIN, UserRole.COORDINATOR)) {
            return mine ? withUnits(currentUser.organizationIds()) : null;
        }
        if (currentUser.hasRole(UserRole.MAINTAINER)) {
            return withUnits(currentUser.organizationIds());
        }
        log.warn("Refused: reading or exporting a management list by {}", currentUser.username().orElse("anonymous"));
        throw new AccessDeniedException("The management lists are for administrators, coordinators and maintainers");
    }

    /** The organizations and every unit under them, through the actors' parents. */
    private Set<UUID> withUnits(Set<UUID> organizations) {
        if (organizations.isEmpty()) {
            return Set.of(NONE);
        }
        Map<UUID, UUID> parents = new HashMap<>();
        actors.findAll().forEach(actor -> parents.put(actor.getId(), actor.getParent() == null ? null : actor.getParent().getId()));
        Set<UUID> scope = new HashSet<>(organizations);
        for (UUID actor : parents.keySet()) {
            Set<UUID> seen = new HashSet<>();
            for (UUID above = parents.get(actor); above != null && seen.add(above); above = parents.get(above)) {
                if (organizations.contains(above)) {
                    scope.add(actor);
                    break;
                }
            }
        }
        return scope;
    }
}
