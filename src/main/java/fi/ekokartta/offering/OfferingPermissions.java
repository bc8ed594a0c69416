package fi.ekokartta.offering;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.security.CurrentUser;
import fi.ekokartta.security.UserRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Who may change services, decided here for every command of {@link OfferingEditing}:
 * coordinators change every service and alone publish and assign responsibilities; maintainers
 * change the services whose responsible actor is one of their organizations or a unit under one
 * (a service with no responsible actor is the coordinators'); counsellors, administrators and
 * anonymous visitors change none. Administrators manage user accounts, not content (DOMAIN.md:
 * "user accounts and access rights"), so an administrator's account cannot be used to rewrite the
 * map. Every refusal is logged with who, what and which entry, never with contact details.
 */
@Component
class OfferingPermissions {

    private static final Logger log = LoggerFactory.getLogger(OfferingPermissions.class);

    private final CurrentUser currentUser;

    OfferingPermissions(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** Edit, submit for review, archive and restore. */
    void requireMaintainerOf(Offering offering, String operation) {
        if (!currentUser.hasRole(UserRole.COORDINATOR) && !maintains(offering.getResponsibility().getResponsibleActor())) {
            throw refused(operation, offering.getId());
        }
    }

    /** A new draft: maintainers only for their own organizations' services. */
    void requireCreatorFor(Actor provider) {
        if (!currentUser.hasRole(UserRole.COORDINATOR) && !maintains(provider)) {
            throw refused("create", provider.getId());
        }
    }

    /** Publish and assign responsibility. */
    void requireCoordinator(Offering offering, String operation) {
        if (!currentUser.hasRole(UserRole.COORDINATOR)) {
            throw refused(operation, offering.getId());
        }
    }

    private boolean maintains(Actor responsible) {
        if (responsible == null || !currentUser.hasRole(UserRole.MAINTAINER)) {
            return false;
        }
        Set<UUID> organizations = currentUser.organizationIds();
        Set<UUID> seen = new HashSet<>();
        for (Actor actor = responsible; actor != null && seen.add(actor.getId()); actor = actor.getParent()) {
            if (organizations.contains(actor.getId())) {
                return true;
            }
        }
        return false;
    }

    private AccessDeniedException refused(String operation, UUID entryId) {
        String who = currentUser.username().orElse("anonymous");
        log.warn("Refused: {} of entry {} by {}", operation, entryId, who);
        return new AccessDeniedException("Not allowed to " + operation + " " + entryId);
    }
}
