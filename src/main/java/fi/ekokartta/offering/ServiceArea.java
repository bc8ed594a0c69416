package fi.ekokartta.offering;

import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.PositionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;

/**
 * Palvelualue that is not a municipality (HSDS {@code service_area}): a district, a postcode area
 * or a drawn extent. Municipalities are kept as the service's municipalities, which the search
 * filters by; these areas are carried and shown as they came.
 */
@Entity
@Audited
public class ServiceArea extends PositionedEntity {

    public static final int EXTENT_LENGTH = 10000;
    public static final int EXTENT_TYPE_LENGTH = 64;

    @ManyToOne(optional = false)
    private Offering offering;
    @Embedded
    private LocalizedText name = new LocalizedText();
    @Embedded
    private LocalizedText description = new LocalizedText();
    /** The area in the form {@code extentType} names (GeoJSON, WKT, KML). */
    @Column(length = EXTENT_LENGTH)
    private String extent;
    @Column(length = EXTENT_TYPE_LENGTH)
    private String extentType;
    @Column(length = RequiredDocument.URI_LENGTH)
    private String uri;

    public ServiceArea() {
    }

    public ServiceArea(LocalizedText name, LocalizedText description, String extent, String extentType, String uri) {
        this.name = name == null ? new LocalizedText() : name;
        this.description = description == null ? new LocalizedText() : description;
        this.extent = extent;
        this.extentType = extentType;
        this.uri = uri;
    }

    /** What an editor sets; the extent stays as it came. */
    public void setContent(LocalizedText name, LocalizedText description, String uri) {
        this.name = name == null ? new LocalizedText() : name;
        this.description = description == null ? new LocalizedText() : description;
        this.uri = uri;
    }

    public Offering getOffering() {
        return offering;
    }

    void setOffering(Offering offering) {
        this.offering = offering;
    }

    public LocalizedText getName() {
        return name == null ? (name = new LocalizedText()) : name;
    }

    public LocalizedText getDescription() {
        return description == null ? (description = new LocalizedText()) : description;
    }

    public String getExtent() {
        return extent;
    }

    public String getExtentType() {
        return extentType;
    }

    public String getUri() {
        return uri;
    }
}
