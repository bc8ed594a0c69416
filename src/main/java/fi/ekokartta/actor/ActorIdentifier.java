package fi.ekokartta.actor;

import fi.ekokartta.base.domain.PositionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;

/**
 * A registered identifier of an actor other than its Y-tunnus (HSDS 3.1
 * {@code organization_identifiers}), e.g. an association register number or a foreign company
 * number. The Y-tunnus itself is {@link Actor#getBusinessId()}.
 */
@Entity
@Audited
public class ActorIdentifier extends PositionedEntity {

    public static final int LENGTH = 255;

    @ManyToOne(optional = false)
    private Actor actor;
    /** The register, as an org-id.guide scheme code where there is one (e.g. FI-PRO, GB-COH). */
    private String scheme;
    /** A human readable name of the kind of identifier (e.g. "Yhdistysrekisterinumero"). */
    private String type;
    @Column(nullable = false)
    private String identifier;

    public ActorIdentifier() {
    }

    public ActorIdentifier(String scheme, String type, String identifier) {
        this.scheme = scheme;
        this.type = type;
        this.identifier = identifier;
    }

    public Actor getActor() {
        return actor;
    }

    void setActor(Actor actor) {
        this.actor = actor;
    }

    public String getScheme() {
        return scheme;
    }

    public void setScheme(String scheme) {
        this.scheme = scheme;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getIdentifier() {
        return identifier;
    }

    public void setIdentifier(String identifier) {
        this.identifier = identifier;
    }
}
