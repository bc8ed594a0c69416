package fi.ekokartta.offering;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.stewardship.EditingRights;
import org.springframework.stereotype.Component;

/**
 * Who may change services, decided here for every command of {@link OfferingEditing} by the rule
 * of {@link EditingRights}: maintainers edit, submit for review, archive and restore the services
 * their organizations keep current and create drafts for them; coordinators do all of that to
 * every service and alone publish and assign responsibilities (DOMAIN.md: the coordinator
 * "assigns update responsibilities; approves/publishes").
 */
@Component
class OfferingPermissions {

    private final EditingRights rights;

    OfferingPermissions(EditingRights rights) {
        this.rights = rights;
    }

    /** Edit, submit for review, archive and restore. */
    void requireMaintainerOf(Offering offering, String operation) {
        if (!rights.keepsCurrent(offering.getResponsibility().getResponsibleActor())) {
            throw rights.refused(operation, offering.getId());
        }
    }

    /** A new draft: maintainers only for their own organizations' services. */
    void requireCreatorFor(Actor provider) {
        if (!rights.keepsCurrent(provider)) {
            throw rights.refused("create", provider.getId());
        }
    }

    /** Publish and assign responsibility. */
    void requireCoordinator(Offering offering, String operation) {
        if (!rights.isCoordinator()) {
            throw rights.refused(operation, offering.getId());
        }
    }
}
