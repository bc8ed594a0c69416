package fi.ekokartta.ecosystem;

import fi.ekokartta.base.domain.BaseEntity;
import fi.ekokartta.base.domain.LocalizedText;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;

/** Rooli: a responsibility in the ecosystem, e.g. coordinates, funds, refers clients. */
@Entity
@Audited
public class Role extends BaseEntity {

    @Embedded
    private LocalizedText name = new LocalizedText();
    @Embedded
    private LocalizedText description = new LocalizedText();

    public LocalizedText getName() {
        return name == null ? (name = new LocalizedText()) : name;
    }

    public void setName(LocalizedText name) {
        this.name = name;
    }

    public LocalizedText getDescription() {
        return description == null ? (description = new LocalizedText()) : description;
    }

    public void setDescription(LocalizedText description) {
        this.description = description;
    }
}
