package fi.ekokartta.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.UUID;

/**
 * Lokitapahtuma: one line of the security audit log. Who (the signed-in user, or the username a
 * sign-in was tried with when such an account exists), what, about whom or which page, when and
 * from which client address. Written once and never changed.
 */
@Entity
public class AuditEvent {

    @Id
    private UUID id = UUID.randomUUID();
    @Column(nullable = false)
    private Instant occurredAt;
    private String username;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditAction action;
    private String subject;
    private String clientAddress;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String username, AuditAction action, String subject, String clientAddress) {
        this.occurredAt = occurredAt;
        this.username = username;
        this.action = action;
        this.subject = subject;
        this.clientAddress = clientAddress;
    }

    public UUID getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getClientAddress() {
        return clientAddress;
    }
}
