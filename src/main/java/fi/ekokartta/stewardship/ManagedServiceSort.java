package fi.ekokartta.stewardship;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The columns the management list of services can be sorted by; names in the reader's language
 * (as the list shows them), entries without a value last.
 */
public enum ManagedServiceSort {
    NAME((row, locale) -> row.name().get(locale)),
    ORGANIZATION((row, locale) -> row.organization() == null ? null : row.organization().get(locale)),
    STATUS((row, locale) -> row.status().name()),
    LAST_ASSURED((row, locale) -> row.lastAssured()),
    NEXT_REVIEW_DUE((row, locale) -> row.nextReviewDue()),
    RESPONSIBLE((row, locale) -> row.responsible());

    private final BiFunction<ManagedService, Locale, ?> key;

    ManagedServiceSort(BiFunction<ManagedService, Locale, ?> key) {
        this.key = key;
    }

    Comparator<ManagedService> comparator(boolean descending, Locale locale) {
        return ListOrder.by(row -> key.apply(row, locale), row -> row.name().get(locale), descending, locale);
    }
}
