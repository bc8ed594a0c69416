package fi.ekokartta.ecosystem;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.BaseEntity;
import fi.ekokartta.base.domain.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;

import java.time.LocalDate;

/** Yhteistyösuhde: a directed link from one actor to another, so the network can be drawn. */
@Entity
@Audited
public class ActorRelationship extends BaseEntity {

    @ManyToOne(optional = false)
    private Actor source;
    @ManyToOne(optional = false)
    private Actor target;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RelationshipType type;
    @Embedded
    private LocalizedText description = new LocalizedText();
    /** The first day the relationship holds; null: since before the directory knew of it. */
    private LocalDate validFrom;
    /** The last day the relationship holds; null: still holds. */
    private LocalDate validTo;

    public Actor getSource() {
        return source;
    }

    public void setSource(Actor source) {
        this.source = source;
    }

    public Actor getTarget() {
        return target;
    }

    public void setTarget(Actor target) {
        this.target = target;
    }

    public RelationshipType getType() {
        return type;
    }

    public void setType(RelationshipType type) {
        this.type = type;
    }

    public LocalizedText getDescription() {
        return description == null ? (description = new LocalizedText()) : description;
    }

    public void setDescription(LocalizedText description) {
        this.description = description;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    /** Whether the relationship holds on the day: from and to are both included, an empty end is open. */
    public boolean isValidOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
