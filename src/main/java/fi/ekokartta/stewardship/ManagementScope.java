package fi.ekokartta.stewardship;

import fi.ekokartta.security.CurrentUser;
import fi.ekokartta.security.UserRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.UUID;

/**
 * Whose entries a management list holds: coordinators and administrators the whole map (or their
 * own organizations' when they ask), maintainers their organizations'; everyone else is refused,
 * whatever a view shows.
 */
@Component
class ManagementScope {

    /** Stands for "no organization" in an IN clause, which may not be empty. */
    static final UUID NONE = new UUID(0, 0);

    private static final Logger log = LoggerFactory.getLogger(ManagementScope.class);

    private final CurrentUser currentUser;

    ManagementScope(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** The organizations whose entries are listed; null for the whole map. */
    Set<UUID> organizations(boolean mine) {
        if (currentUser.hasAnyRole(UserRole.ADMIN, UserRole.COORDINATOR)) {
            return mine ? nonEmpty(currentUser.organizationIds()) : null;
        }
        if (currentUser.hasRole(UserRole.MAINTAINER)) {
            return nonEmpty(currentUser.organizationIds());
        }
        log.warn("Refused: reading or exporting a management list by {}", currentUser.username().orElse("anonymous"));
        throw new AccessDeniedException("The management lists are for administrators, coordinators and maintainers");
    }

    private static Set<UUID> nonEmpty(Set<UUID> organizations) {
        return organizations.isEmpty() ? Set.of(NONE) : organizations;
    }
}
