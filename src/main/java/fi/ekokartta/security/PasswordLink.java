package fi.ekokartta.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.time.Instant;
import java.util.UUID;

/**
 * Salasanalinkki: a one-time link with which a user sets her password. Holds the hash of the
 * link's token, not the token; the link works once, and not after it expires.
 */
@Entity
class PasswordLink {

    @Id
    private UUID id = UUID.randomUUID();
    @ManyToOne(optional = false)
    @JoinColumn(name = "app_user_id")
    private AppUser user;
    @Column(nullable = false, unique = true)
    private String tokenHash;
    @Column(nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private Instant expiresAt;
    private Instant usedAt;

    protected PasswordLink() {
    }

    PasswordLink(AppUser user, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.user = user;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    AppUser getUser() {
        return user;
    }

    boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void markUsed(Instant now) {
        usedAt = now;
    }
}
