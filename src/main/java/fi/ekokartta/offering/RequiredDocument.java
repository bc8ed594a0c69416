package fi.ekokartta.offering;

import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.PositionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;

/**
 * Tarvittava asiakirja: a document the client brings or sends to use the service (HSDS 3.1
 * {@code required_document}), e.g. "lähete" or "Kela-päätös", with a link to the form if any.
 */
@Entity
@Audited
public class RequiredDocument extends PositionedEntity {

    public static final int URI_LENGTH = 2000;

    @ManyToOne(optional = false)
    private Offering offering;
    @Embedded
    private LocalizedText document = new LocalizedText();
    @Column(length = URI_LENGTH)
    private String uri;

    public RequiredDocument() {
    }

    public RequiredDocument(LocalizedText document, String uri) {
        setContent(document, uri);
    }

    public void setContent(LocalizedText document, String uri) {
        this.document = document == null ? new LocalizedText() : document;
        this.uri = uri;
    }

    public Offering getOffering() {
        return offering;
    }

    void setOffering(Offering offering) {
        this.offering = offering;
    }

    public LocalizedText getDocument() {
        return document == null ? (document = new LocalizedText()) : document;
    }

    public String getUri() {
        return uri;
    }
}
