package fi.ekokartta.taxonomy;

import fi.ekokartta.base.domain.LocalizedText;

import java.util.Objects;

/** A class of the service taxonomy as views show it: its code (used in addresses) and texts. */
public record ServiceClass(String code, LocalizedText name, LocalizedText description) {

    /** Hibernate gives an embedded text with no language filled in as null; views get an empty one. */
    static ServiceClass of(TaxonomyTerm term) {
        return new ServiceClass(term.getCode(),
                Objects.requireNonNullElseGet(term.getName(), LocalizedText::new),
                Objects.requireNonNullElseGet(term.getDescription(), LocalizedText::new));
    }
}
