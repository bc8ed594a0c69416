package fi.ekokartta.editing;

import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingAction;
import fi.ekokartta.offering.OfferingStatus;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.stewardship.EditingRights;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Set;

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

    /**
     * What the user may do to the service now, by the same rules as the commands and by its
     * status: the editor shows these buttons only, and the commands check again.
     */
    Set<OfferingAction> allowed(Offering offering) {
        Set<OfferingAction> allowed = EnumSet.noneOf(OfferingAction.class);
        if (!rights.keepsCurrent(offering.getResponsibility().getResponsibleActor())) {
            return allowed;
        }
        OfferingStatus status = offering.getStatus();
        allowed.add(OfferingAction.EDIT);
        if (status == OfferingStatus.DRAFT) {
            allowed.add(OfferingAction.SUBMIT_FOR_REVIEW);
        }
        if (status == OfferingStatus.ARCHIVED) {
            allowed.add(OfferingAction.RESTORE);
        } else {
            allowed.add(OfferingAction.ARCHIVE);
        }
        if ((status == OfferingStatus.DRAFT || status == OfferingStatus.IN_REVIEW) && mayPublish(offering)) {
            allowed.add(OfferingAction.PUBLISH);
        }
        if (rights.isCoordinator()) {
            allowed.add(OfferingAction.ASSIGN_RESPONSIBILITY);
        }
        return allowed;
    }

    /** Publish: coordinators always, maintainers where no approval is required. */
    void requirePublisher(Offering offering) {
        if (!mayPublish(offering)) {
            throw rights.refused("publish", offering.getId());
        }
    }

    private boolean mayPublish(Offering offering) {
        Actor responsible = offering.getResponsibility().getResponsibleActor();
        return rights.isCoordinator() || rights.keepsCurrent(responsible) && !responsible.requiresApproval();
    }

    /** Assign responsibility. */
    void requireCoordinator(Offering offering, String operation) {
        if (!rights.isCoordinator()) {
            throw rights.refused(operation, offering.getId());
        }
    }
}
