package fi.ekokartta.actor;

import fi.ekokartta.base.domain.PositionedEntity;
import fi.ekokartta.base.domain.ContactDetails;
import fi.ekokartta.base.domain.Visibility;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;

/** A contact of an actor; public, or for professionals only. */
@Entity
@Audited
public class ActorContact extends PositionedEntity {

    @ManyToOne(optional = false)
    private Actor actor;
    @Embedded
    private ContactDetails person = new ContactDetails();
    @Enumerated(EnumType.STRING)
    private Visibility visibility = Visibility.PUBLIC;

    public Actor getActor() {
        return actor;
    }

    public void setActor(Actor actor) {
        this.actor = actor;
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
