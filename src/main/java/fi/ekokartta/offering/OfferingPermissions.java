package fi.ekokartta.offering;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.stewardship.EditingRights;
import org.springframework.stereotype.Component;

/**
 * Who may change services, decided here for every command of {@link OfferingEditing} by the rule
 * of {@link EditingRights}: maintainers edit, submit for review, archive and restore the services
 * their organizations keep current and create drafts for them; coordinators do all of that to
 * every service and alone assign responsibilities (DOMAIN.md: the coordinator "assigns update
 * responsibilities; approves/publishes"). Publishing follows the responsible organization's
 * setting: where it (or an organization above it) requires approval, only a coordinator
 * publishes and the maintainer submits for review; elsewhere the maintainer publishes too.
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

    /** Publish: coordinators always, maintainers where no approval is required. */
    void requirePublisher(Offering offering) {
        Actor responsible = offering.getResponsibility().getResponsibleActor();
        if (rights.isCoordinator()) {
            return;
        }
        if (!rights.keepsCurrent(responsible) || responsible.requiresApproval()) {
            throw rights.refused("publish", offering.getId());
        }
    }

    /** Assign responsibility. */
    void requireCoordinator(Offering offering, String operation) {
        if (!rights.isCoordinator()) {
            throw rights.refused(operation, offering.getId());
        }
    }
}
