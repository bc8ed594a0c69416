package fi.ekokartta.security;

import fi.ekokartta.base.web.ClientAddress;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Writes the security audit log and shows it to administrators. An event is stored in the
 * transaction of the change it records, so a change that is rolled back leaves no line behind.
 * Subjects are usernames and page addresses only: never passwords, tokens or contact persons' data.
 */
@Service
public class AuditLog {

    static final int MAX_SUBJECT = 255;

    private final AuditEventRepository events;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLog(AuditEventRepository events, CurrentUser currentUser) {
        this.events = events;
        this.currentUser = currentUser;
        this.clock = Clock.systemUTC();
    }

    /** Records something the signed-in user (if any) did from the current client. */
    @Transactional
    public void record(AuditAction action, String subject) {
        recordAs(currentUser.username().orElse(null), action, subject, ClientAddress.current().orElse(null));
    }

    /**
     * Records a step an application service refused. In a transaction of its own: the refusal
     * rolls back the caller's, and the line must stay.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusal(String subject) {
        record(AuditAction.ACCESS_DENIED, subject);
    }

    /** Records something done under the given username, from the given address. */
    @Transactional
    public void recordAs(String username, AuditAction action, String subject, String clientAddress) {
        events.save(new AuditEvent(Instant.now(clock), username, action, shorten(subject), clientAddress));
    }

    /**
     * The events of one kind about one subject, newest first: for an application service that has
     * decided the reader may see them (the re-assurances of an entry in its history).
     */
    @Transactional(readOnly = true)
    public List<AuditEvent> about(AuditAction action, String subject) {
        return events.findByActionAndSubjectOrderByOccurredAtDesc(action, shorten(subject));
    }

    /**
     * At most {@code limit} of the newest events of one kind about one subject that occurred
     * before {@code before} (null: the newest), newest first: a page of {@link #about}.
     */
    @Transactional(readOnly = true)
    public List<AuditEvent> about(AuditAction action, String subject, Instant before, int limit) {
        PageRequest page = PageRequest.of(0, limit);
        return before == null ? events.findByActionAndSubjectOrderByOccurredAtDesc(action, shorten(subject), page)
                : events.findByActionAndSubjectAndOccurredAtBeforeOrderByOccurredAtDesc(action, shorten(subject), before, page);
    }

    /** One page of events, newest first; administrators only. */
    @Transactional(readOnly = true)
    public List<AuditEvent> newestFirst(int page, int pageSize) {
        requireAdmin();
        return events.findAllByOrderByOccurredAtDesc(PageRequest.of(page, pageSize));
    }

    @Transactional(readOnly = true)
    public long count() {
        requireAdmin();
        return events.count();
    }

    private void requireAdmin() {
        if (!currentUser.hasRole(UserRole.ADMIN)) {
            throw new AccessDeniedException("Only administrators read the audit log");
        }
    }

    private static String shorten(String subject) {
        return subject == null || subject.length() <= MAX_SUBJECT ? subject : subject.substring(0, MAX_SUBJECT);
    }
}
