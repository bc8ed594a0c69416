package fi.ekokartta.taxonomy;

import fi.ekokartta.base.domain.BaseEntity;
import fi.ekokartta.base.domain.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;

/** Kohderyhmä: a client group a service is for, e.g. young people under 30 or employers. */
@Entity
@Audited
public class TargetGroup extends BaseEntity {

    /** The HSDS taxonomy name under which target groups are exchanged. */
    public static final String TAXONOMY = "ekokartta-kohderyhma";

    @Column(unique = true)
    private String code;
    @Embedded
    private LocalizedText name = new LocalizedText();
    @Embedded
    private LocalizedText description = new LocalizedText();

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

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
