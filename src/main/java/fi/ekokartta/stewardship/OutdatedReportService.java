package fi.ekokartta.stewardship;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.base.domain.FeedbackText;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.web.RateLimitedException;
import fi.ekokartta.base.web.RateLimits;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.base.i18n.Language;
import fi.ekokartta.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Reports of outdated information. Anyone may report on a published service or any actor; the
 * report becomes a task of the organization responsible for the entry (the named responsible
 * actor, else the provider, for an actor itself: the same rule as the dashboard's). Coordinators
 * and administrators see every task, maintainers their organizations' tasks; those who keep the
 * entry current handle it (open, in progress, fixed, rejected, with a note), and a close answers
 * the reporter once by e-mail when she left an address.
 */
@Service
@Transactional
public class OutdatedReportService {

    private static final Logger log = LoggerFactory.getLogger(OutdatedReportService.class);

    private final OutdatedReportRepository reports;
    private final OfferingRepository offerings;
    private final ActorRepository actors;
    private final CurrentUser currentUser;
    private final RateLimits rateLimits;
    private final ManagementScope scope;
    private final EditingRights rights;
    private final ReportReplyMail replyMail;

    OutdatedReportService(OutdatedReportRepository reports, OfferingRepository offerings, ActorRepository actors,
                          CurrentUser currentUser, RateLimits rateLimits, ManagementScope scope, EditingRights rights,
                          ReportReplyMail replyMail) {
        this.scope = scope;
        this.rights = rights;
        this.replyMail = replyMail;
        this.reports = reports;
        this.offerings = offerings;
        this.actors = actors;
        this.currentUser = currentUser;
        this.rateLimits = rateLimits;
    }

    /**
     * Stores the report; throws {@link RejectedInputException} for an empty message, a bad e-mail or
     * an unknown entry, and {@link RateLimitedException} when an anonymous sender's address has sent
     * too many forms ({@code ekokartta.rate-limit.forms.*}).
     */
    public void report(EntryKind kind, UUID entryId, String message, String reporterEmail) {
        report(kind, entryId, message, reporterEmail, Language.DEFAULT);
    }

    /** As {@link #report(EntryKind, UUID, String, String)}, in the language a reply is to be written in. */
    public void report(EntryKind kind, UUID entryId, String message, String reporterEmail, Language language) {
        String text = FeedbackText.message(message, OutdatedReport.MAX_MESSAGE_LENGTH);
        String email = FeedbackText.optionalEmail(reporterEmail);
        OutdatedReport report = switch (kind) {
            case SERVICE -> {
                Offering service = offerings.findById(entryId).filter(o -> o.getStatus() == OfferingStatus.PUBLISHED)
                        .orElseThrow(() -> new RejectedInputException("feedback.error.entry-unknown"));
                Actor owner = Objects.requireNonNullElse(service.getResponsibility().getResponsibleActor(), service.getProvider());
                yield new OutdatedReport(kind, entryId, service.getName().getFi(), owner, text, email, language.code(), Instant.now());
            }
            case ACTOR -> {
                Actor actor = actors.findById(entryId)
                        .orElseThrow(() -> new RejectedInputException("feedback.error.entry-unknown"));
                Actor owner = Objects.requireNonNullElse(actor.getResponsibility().getResponsibleActor(), actor);
                yield new OutdatedReport(kind, entryId, actor.getName().getFi(), owner, text, email, language.code(), Instant.now());
            }
        };
        if (!currentUser.isSignedIn()) {
            rateLimits.admitForm();
        }
        reports.save(report);
    }

    /**
     * One page of the tasks the user sees with one of the statuses, oldest first. Coordinators and
     * administrators see every task, maintainers those of their organizations and of the units
     * under them; anyone may report, so there may be any number: they are read a page at a time.
     */
    @Transactional(readOnly = true)
    public Page<ReportTask> tasks(Set<ReportStatus> statuses, Pageable page) {
        Set<ReportStatus> wanted = statuses.isEmpty() ? EnumSet.allOf(ReportStatus.class) : statuses;
        Set<UUID> organizations = scope.organizations(false);
        Page<OutdatedReport> found = organizations == null ? reports.findWithStatus(wanted, page)
                : reports.findWithStatusFor(wanted, organizations, page);
        return found.map(report -> ReportTask.of(report, rights.keepsCurrent(report.getResponsibleActor())));
    }

    /** One page of the open tasks (open and in progress) the user is to handle, oldest first. */
    @Transactional(readOnly = true)
    public Page<ReportTask> openReports(Pageable page) {
        return tasks(EnumSet.of(ReportStatus.OPEN, ReportStatus.IN_PROGRESS), page);
    }

    /** Whether closing a report can answer its reporter: e-mail is configured ({@code spring.mail.host}). */
    @Transactional(readOnly = true)
    public boolean repliesByMail() {
        return replyMail.isOn();
    }

    /**
     * Moves a task to a status with a note; those who keep the entry current (EditingRights: the
     * responsible organization's maintainers and those of the organizations above it,
     * coordinators) may. The first close (fixed or rejected) of a report with the reporter's
     * address sends her the reply; a report is answered once, so closing it again after a
     * reopen sends nothing. A reply that cannot be sent is logged and tried at the next close.
     *
     * @return whether a reply was sent now
     */
    public boolean changeStatus(UUID reportId, ReportStatus status, String note) {
        OutdatedReport report = reports.findById(reportId)
                .orElseThrow(() -> rights.refused("handling the report", reportId));
        if (!rights.keepsCurrent(report.getResponsibleActor())) {
            throw rights.refused("handling the report", reportId);
        }
        String text = note == null ? "" : FeedbackText.requireStorable(note).strip();
        if (text.length() > OutdatedReport.MAX_NOTE_LENGTH) {
            throw new RejectedInputException("report-handling.error.note-too-long", OutdatedReport.MAX_NOTE_LENGTH);
        }
        report.changeStatus(status, text.isEmpty() ? null : text, currentUser.username().orElseThrow(), Instant.now());
        if (!status.isClosed() || report.getReporterEmail() == null || report.getReplySentAt() != null || !replyMail.isOn()) {
            return false;
        }
        try {
            replyMail.send(report);
            report.replySent(Instant.now());
            return true;
        } catch (MailException failed) {
            log.warn("The reply to the reporter of {} was not sent: {}", reportId, failed.getMessage());
            return false;
        }
    }
}
