package fi.ekokartta.paths;

import fi.ekokartta.base.domain.BaseEntity;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.offering.Offering;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

/** One step of a path: a service and the text explaining why and when to use it. */
@Entity
public class PathStep extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private ServicePath path;
    private int ordinal;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Offering service;
    @Embedded
    private LocalizedText text = new LocalizedText();

    public static PathStep of(Offering service, LocalizedText text) {
        PathStep step = new PathStep();
        step.service = service;
        step.text = text;
        return step;
    }

    public ServicePath getPath() {
        return path;
    }

    void setPath(ServicePath path) {
        this.path = path;
    }

    public int getOrdinal() {
        return ordinal;
    }

    void setOrdinal(int ordinal) {
        this.ordinal = ordinal;
    }

    public Offering getService() {
        return service;
    }

    void setText(LocalizedText text) {
        this.text = text;
    }

    public LocalizedText getText() {
        return text == null ? (text = new LocalizedText()) : text;
    }
}
