package fi.ekokartta.actor;

import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.PositionedEntity;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;

/**
 * Ohjelma: a collection of related services an organization runs under one name (HSDS
 * {@code program}), e.g. a project funded for some years. A service names the program of its
 * provider it belongs to.
 */
@Entity
@Audited
public class Program extends PositionedEntity {

    /** The longest name and alternate name an editor gives, per language. */
    public static final int NAME_LENGTH = 255;

    @ManyToOne(optional = false)
    private Actor actor;
    @Embedded
    private LocalizedText name = new LocalizedText();
    @Embedded
    private LocalizedText alternateName = new LocalizedText();
    @Embedded
    private LocalizedText description = new LocalizedText();

    public Actor getActor() {
        return actor;
    }

    void setActor(Actor actor) {
        this.actor = actor;
    }

    public LocalizedText getName() {
        return name == null ? (name = new LocalizedText()) : name;
    }

    public LocalizedText getAlternateName() {
        return alternateName == null ? (alternateName = new LocalizedText()) : alternateName;
    }

    public LocalizedText getDescription() {
        return description == null ? (description = new LocalizedText()) : description;
    }

    public void setName(LocalizedText name) {
        this.name = name;
    }

    public void setAlternateName(LocalizedText alternateName) {
        this.alternateName = alternateName;
    }

    public void setDescription(LocalizedText description) {
        this.description = description;
    }
}
