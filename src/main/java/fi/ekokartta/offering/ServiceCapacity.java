package fi.ekokartta.offering;

import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.PositionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;

import java.time.Instant;

/**
 * A capacity figure of a service (HSDS 3.1 {@code service_capacity}): e.g. 4 free places of 12 on
 * a course, or 6 weeks of queue, with the moment the figure was last changed, so that a counsellor
 * sees how fresh it is.
 */
@Entity
@Audited
public class ServiceCapacity extends PositionedEntity {

    @ManyToOne(optional = false)
    private Offering offering;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CapacityUnit unit;
    @Column(nullable = false)
    private int available;
    private Integer maximum;
    @Embedded
    private LocalizedText description = new LocalizedText();
    @Column(nullable = false)
    private Instant updated;

    public Offering getOffering() {
        return offering;
    }

    void setOffering(Offering offering) {
        this.offering = offering;
    }

    public CapacityUnit getUnit() {
        return unit;
    }

    public int getAvailable() {
        return available;
    }

    public Integer getMaximum() {
        return maximum;
    }

    public LocalizedText getDescription() {
        return description == null ? (description = new LocalizedText()) : description;
    }

    public Instant getUpdated() {
        return updated;
    }

    /**
     * Sets the figure; the moment it was updated moves only when the unit or a number changes, so
     * that saving a service for another reason does not make an old figure look fresh.
     */
    public void setFigure(CapacityUnit unit, int available, Integer maximum, LocalizedText description, Instant now) {
        boolean changed = this.unit != unit || this.available != available || !java.util.Objects.equals(this.maximum, maximum);
        this.unit = unit;
        this.available = available;
        this.maximum = maximum;
        this.description = description == null ? new LocalizedText() : description;
        if (changed || updated == null) {
            updated = now;
        }
    }

    /** Sets the moment as stored elsewhere (an import keeps the source's {@code updated}). */
    public void setUpdated(Instant updated) {
        this.updated = updated;
    }
}
