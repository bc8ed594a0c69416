package fi.ekokartta.actor;

import fi.ekokartta.base.domain.PositionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;

/**
 * A further web address of an actor beside its main website (HSDS 3.1 organization
 * {@code additional_websites}), e.g. its pages for employers or a project's own site.
 */
@Entity
@Audited
public class ActorWebsite extends PositionedEntity {

    public static final int URL_LENGTH = 2000;
    public static final int LABEL_LENGTH = 255;

    @ManyToOne(optional = false)
    private Actor actor;
    private String label;
    @Column(nullable = false, length = URL_LENGTH)
    private String url;

    public ActorWebsite() {
    }

    public ActorWebsite(String label, String url) {
        this.label = label;
        this.url = url;
    }

    public Actor getActor() {
        return actor;
    }

    void setActor(Actor actor) {
        this.actor = actor;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }
}
