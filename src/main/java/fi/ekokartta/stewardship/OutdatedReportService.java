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
import fi.ekokartta.security.CurrentUser;
import fi.ekokartta.security.UserRole;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Reports of outdated information. Anyone may report on a published service or any actor; the
 * report becomes a task of the organization responsible for the entry (the named responsible
 * actor, else the provider, for an actor itself: the same rule as the dashboard's). Coordinators
 * and administrators see every open task, maintainers their organizations' tasks.
 */
@Service
@Transactional
public class OutdatedReportService {

    private final OutdatedReportRepository reports;
    private final OfferingRepository offerings;
    private final ActorRepository actors;
    private final CurrentUser currentUser;
    private final RateLimits rateLimits;

    OutdatedReportService(OutdatedReportRepository reports, OfferingRepository offerings, ActorRepository actors,
                          CurrentUser currentUser, RateLimits rateLimits) {
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
        String text = FeedbackText.message(message, OutdatedReport.MAX_MESSAGE_LENGTH);
        String email = FeedbackText.optionalEmail(reporterEmail);
        OutdatedReport report = switch (kind) {
            case SERVICE -> {
                Offering service = offerings.findById(entryId).filter(o -> o.getStatus() == OfferingStatus.PUBLISHED)
                        .orElseThrow(() -> new RejectedInputException("feedback.error.entry-unknown"));
                Actor owner = Objects.requireNonNullElse(service.getResponsibility().getResponsibleActor(), service.getProvider());
                yield new OutdatedReport(kind, entryId, service.getName().getFi(), owner, text, email, Instant.now());
            }
            case ACTOR -> {
                Actor actor = actors.findById(entryId)
                        .orElseThrow(() -> new RejectedInputException("feedback.error.entry-unknown"));
                Actor owner = Objects.requireNonNullElse(actor.getResponsibility().getResponsibleActor(), actor);
                yield new OutdatedReport(kind, entryId, actor.getName().getFi(), owner, text, email, Instant.now());
            }
        };
        if (!currentUser.isSignedIn()) {
            rateLimits.admitForm();
        }
        reports.save(report);
    }

    /**
     * One page of the open tasks the user is to handle, oldest first. Anyone may report, so there
     * may be any number of them: they are read a page at a time.
     */
    @Transactional(readOnly = true)
    public Page<OpenReport> openReports(Pageable page) {
        Page<OutdatedReport> open;
        if (seesEveryReport()) {
            open = reports.findOpen(page);
        } else {
            open = currentUser.organizationIds().isEmpty() ? Page.empty(page) : reports.findOpenFor(currentUser.organizationIds(), page);
        }
        return open.map(OpenReport::of);
    }

    /** Marks a task done; only those who see the task may do so. */
    public void markHandled(UUID reportId) {
        boolean everyReport = seesEveryReport();
        OutdatedReport report = reports.findById(reportId)
                .filter(open -> open.getHandledAt() == null)
                .filter(open -> everyReport || open.getResponsibleActor() != null
                        && currentUser.organizationIds().contains(open.getResponsibleActor().getId()))
                .orElseThrow(() -> new AccessDeniedException("Not a task of this user: " + reportId));
        report.markHandled(currentUser.username().orElseThrow(), Instant.now());
    }

    /** Coordinators and administrators see every task, maintainers their organizations', others none. */
    private boolean seesEveryReport() {
        if (currentUser.hasAnyRole(UserRole.ADMIN, UserRole.COORDINATOR)) {
            return true;
        }
        if (currentUser.hasRole(UserRole.MAINTAINER)) {
            return false;
        }
        throw new AccessDeniedException("Outdated-information tasks are for administrators, coordinators and maintainers");
    }
}
