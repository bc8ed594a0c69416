package fi.ekokartta.stewardship;

import fi.ekokartta.base.i18n.Language;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingArchived;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.security.AuditAction;
import fi.ekokartta.security.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
    private final ValidityWarningRepository warnings;
    private final ServiceMailRecipients recipients;
    private final ValidityWarningMail mail;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    ValidityEndSteps(OfferingRepository offerings, ValidityWarningRepository warnings, ServiceMailRecipients recipients,
                     ValidityWarningMail mail, AuditLog auditLog, ApplicationEventPublisher events) {
        this.offerings = offerings;
        this.warnings = warnings;
        this.recipients = recipients;
        this.mail = mail;
        this.auditLog = auditLog;
        this.events = events;
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
        events.publishEvent(new OfferingArchived(id));
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
        List<String> addresses = recipients.of(offering);
        if (addresses.isEmpty()) {
            ValidityEnd.log.warn("No one to warn that the validity of service {} ends on {}", id, offering.getValidTo());
            return false;
        }
        mail.send(addresses, offering, daysLeft, Language.DEFAULT);
        return true;
    }
}
