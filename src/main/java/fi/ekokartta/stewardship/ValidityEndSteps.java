package fi.ekokartta.stewardship;

import fi.ekokartta.actor.UpdateResponsibility;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.i18n.Language;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.security.AppUser;
import fi.ekokartta.security.AuditAction;
import fi.ekokartta.security.AuditLog;
import fi.ekokartta.security.UserRole;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One service's step of {@link ValidityEnd}, each in a transaction of its own, so a failure
 * (a refused address, a conflicting save) rolls back that service only.
 */
@Service
@Transactional(propagation = Propagation.REQUIRES_NEW)
class ValidityEndSteps {

    /** Days before the end of validity at which the keepers are warned, the earliest first. */
    static final List<Integer> WARNING_DAYS = List.of(30, 7);
    static final String SYSTEM = AuditRevisionListener.SYSTEM;

    private final OfferingRepository offerings;
    private final EntryKeeperRepository keepers;
    private final ValidityWarningRepository warnings;
    private final KeeperRepository users;
    private final ValidityWarningMail mail;
    private final AuditLog auditLog;

    ValidityEndSteps(OfferingRepository offerings, EntryKeeperRepository keepers, ValidityWarningRepository warnings,
                     KeeperRepository users, ValidityWarningMail mail, AuditLog auditLog) {
        this.offerings = offerings;
        this.keepers = keepers;
        this.warnings = warnings;
        this.users = users;
        this.mail = mail;
        this.auditLog = auditLog;
    }

    /** Archives the service if it is still published and its validity ended before today. */
    boolean archiveIfEnded(UUID id, LocalDate today) {
        Offering offering = offerings.findForEditing(id).orElse(null);
        if (offering == null || offering.getStatus() != OfferingStatus.PUBLISHED || offering.getValidTo() == null
                || !offering.getValidTo().isBefore(today)) {
            return false;
        }
        offering.setStatus(OfferingStatus.ARCHIVED);
        offerings.saveAndFlush(offering);
        auditLog.recordAs(SYSTEM, AuditAction.SERVICE_EXPIRED_ARCHIVED, "/palvelu/" + id, null);
        return true;
    }

    /**
     * Sends the warning due for the service today, unless it was sent for this end date already:
     * the latest warning whose day has come (10 days before the end the 30-day warning, 5 days
     * before the 7-day one). The warning is recorded in the transaction that sends it, so a
     * message the server refused is tried again on the next run. A service nobody could be told
     * about is recorded as warned (and logged), so it is not looked at every day.
     */
    boolean warnIfDue(UUID id, LocalDate today) {
        Offering offering = offerings.findById(id).orElse(null);
        if (!mail.isOn() || offering == null || offering.getStatus() != OfferingStatus.PUBLISHED || offering.getValidTo() == null) {
            return false;
        }
        long daysLeft = ChronoUnit.DAYS.between(today, offering.getValidTo());
        Integer due = WARNING_DAYS.stream().filter(days -> daysLeft >= 0 && daysLeft <= days)
                .reduce((earlier, later) -> later).orElse(null);
        if (due == null) {
            return false;
        }
        ValidityWarning.Key key = new ValidityWarning.Key(id, offering.getValidTo(), due);
        if (warnings.existsById(key)) {
            return false;
        }
        warnings.save(new ValidityWarning(key, Instant.now()));
        List<String> recipients = recipients(offering);
        if (recipients.isEmpty()) {
            ValidityEnd.log.warn("No one to warn that the validity of service {} ends on {}", id, offering.getValidTo());
            return false;
        }
        mail.send(recipients, offering, daysLeft, Language.DEFAULT);
        return true;
    }

    /**
     * The service's named responsible address; else its responsible user's; else the active
     * maintainers of the responsible organization or an organization above it (those who may
     * change the service).
     */
    private List<String> recipients(Offering offering) {
        UpdateResponsibility responsibility = offering.getResponsibility();
        if (hasText(responsibility.getResponsibleEmail())) {
            return List.of(responsibility.getResponsibleEmail().strip());
        }
        AppUser user = keepers.findByServiceId(offering.getId()).map(EntryKeeper::getUser).orElse(null);
        if (user != null && user.isEnabled() && hasText(user.getEmail())) {
            return List.of(user.getEmail().strip());
        }
        Set<UUID> organizations = new LinkedHashSet<>();
        for (Actor actor = responsibility.getResponsibleActor(); actor != null && organizations.add(actor.getId());
             actor = actor.getParent()) {
            // up through the parents
        }
        if (organizations.isEmpty()) {
            return List.of();
        }
        List<String> addresses = new ArrayList<>();
        for (AppUser maintainer : users.findEnabledByRoleInOrganizations(UserRole.MAINTAINER, organizations)) {
            if (hasText(maintainer.getEmail()) && !addresses.contains(maintainer.getEmail().strip())) {
                addresses.add(maintainer.getEmail().strip());
            }
        }
        return addresses;
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
