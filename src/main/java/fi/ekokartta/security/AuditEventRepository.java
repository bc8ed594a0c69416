package fi.ekokartta.security;

import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

interface AuditEventRepository extends Repository<AuditEvent, UUID> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findAllByOrderByOccurredAtDesc(Pageable page);

    long count();

    List<AuditEvent> findByActionAndSubjectOrderByOccurredAtDesc(AuditAction action, String subject);

    List<AuditEvent> findByActionAndSubjectOrderByOccurredAtDesc(AuditAction action, String subject, Pageable page);

    List<AuditEvent> findByActionAndSubjectAndOccurredAtBeforeOrderByOccurredAtDesc(AuditAction action, String subject,
                                                                                    Instant before, Pageable page);
}
