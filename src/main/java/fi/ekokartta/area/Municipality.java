package fi.ekokartta.area;

import fi.ekokartta.base.domain.LocalizedText;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.util.Locale;

/**
 * Kunta: a municipality by its Statistics Finland code (e.g. 071 Kalajoki). Reference data kept
 * by the schema migrations, not edited in the app.
 */
@Entity
public class Municipality {

    public static final String CODE_URI_PREFIX = "http://uri.suomi.fi/codelist/jhs/kunta_1_20250101/code/";

    @Id
    private String code;

    @Embedded
    private LocalizedText name;

    /** Part of this employment area (työllisyysalue), offered first in pickers and filters. */
    private boolean inEmploymentArea;

    protected Municipality() {
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getName() {
        return name == null ? (name = new LocalizedText()) : name;
    }

    public String getName(Locale locale) {
        return name.get(locale);
    }

    public boolean isInEmploymentArea() {
        return inEmploymentArea;
    }

    public String getUri() {
        return CODE_URI_PREFIX + code;
    }
}
