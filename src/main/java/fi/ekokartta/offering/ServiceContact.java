package fi.ekokartta.offering;

import fi.ekokartta.base.domain.PositionedEntity;
import fi.ekokartta.base.domain.ContactDetails;
import fi.ekokartta.base.domain.Visibility;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;

/** A contact of a service; public, or for professionals only (e.g. referral contact). */
@Entity
@Audited
public class ServiceContact extends PositionedEntity {

    @ManyToOne(optional = false)
    private Offering offering;
    @Embedded
    private ContactDetails person = new ContactDetails();
    @Enumerated(EnumType.STRING)
    private Visibility visibility = Visibility.PUBLIC;

    public Offering getOffering() {
        return offering;
    }

    public void setOffering(Offering offering) {
        this.offering = offering;
    }

    public ContactDetails getPerson() {
        return person == null ? (person = new ContactDetails()) : person;
    }

    public void setPerson(ContactDetails person) {
        this.person = person;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }
}
