package fi.ekokartta.stewardship;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A warning sent before a service's validity ends: which service, for which end date, how many
 * days before it. Kept so that a warning goes out once, also across restarts; a new end date has
 * warnings of its own.
 */
@Entity
public class ValidityWarning {

    /** The warning's identity: the service, its end date when warned, and the warning's days before it. */
    @Embeddable
    public record Key(@Column(name = "offering_id") UUID offeringId, @Column(name = "valid_to") LocalDate validTo,
                      @Column(name = "days_before") int daysBefore) implements Serializable {
    }

    @EmbeddedId
    private Key key;
    @Column(nullable = false)
    private Instant sentAt;

    protected ValidityWarning() {
    }

    ValidityWarning(Key key, Instant sentAt) {
        this.key = key;
        this.sentAt = sentAt;
    }

    public Key getKey() {
        return key;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
