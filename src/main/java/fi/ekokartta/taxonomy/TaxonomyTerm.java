package fi.ekokartta.taxonomy;

import fi.ekokartta.base.domain.BaseEntity;
import fi.ekokartta.base.domain.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;

/**
 * Palveluluokka: a class of the hierarchical service taxonomy (palveluluokittelu), coded, with an
 * optional mapping to a PTV service class (ptvserclass2, e.g. P10.1). Terms of other
 * taxonomies met in imported HSDS data are kept under their own taxonomy name.
 */
@Entity
@Audited
public class TaxonomyTerm extends BaseEntity {

    public static final String SERVICE_TAXONOMY = "ekokartta-palveluluokitus";
    public static final String PTV_CLASS_URI_PREFIX = "http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/";

    private String code;
    @Embedded
    private LocalizedText name = new LocalizedText();
    @Embedded
    private LocalizedText description = new LocalizedText();
    @ManyToOne(fetch = FetchType.LAZY)
    private TaxonomyTerm parent;
    @Column(nullable = false)
    private String taxonomy = SERVICE_TAXONOMY;
    /** PTV service class code such as P10.1, where one fits. */
    private String ptvClass;
    private String termUri;

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

    public TaxonomyTerm getParent() {
        return parent;
    }

    public void setParent(TaxonomyTerm parent) {
        this.parent = parent;
    }

    public String getTaxonomy() {
        return taxonomy;
    }

    public void setTaxonomy(String taxonomy) {
        this.taxonomy = taxonomy;
    }

    public String getPtvClass() {
        return ptvClass;
    }

    public void setPtvClass(String ptvClass) {
        this.ptvClass = ptvClass;
    }

    public String getTermUri() {
        return termUri;
    }

    public void setTermUri(String termUri) {
        this.termUri = termUri;
    }
}
