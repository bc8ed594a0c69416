package fi.ekokartta.stewardship;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The columns the management list of actors can be sorted by; names in the reader's language,
 * actors without a value last.
 */
public enum ManagedActorSort {
    NAME((row, locale) -> row.name().get(locale)),
    PARENT((row, locale) -> row.parent() == null ? null : row.parent().get(locale)),
    SECTOR((row, locale) -> row.sector()),
    STATUS((row, locale) -> row.status()),
    LAST_ASSURED((row, locale) -> row.lastAssured()),
    NEXT_REVIEW_DUE((row, locale) -> row.nextReviewDue()),
    RESPONSIBLE((row, locale) -> row.responsible());

    private final BiFunction<ManagedActor, Locale, ?> key;

    ManagedActorSort(BiFunction<ManagedActor, Locale, ?> key) {
        this.key = key;
    }

    Comparator<ManagedActor> comparator(boolean descending, Locale locale) {
        return ListOrder.by(row -> key.apply(row, locale), row -> row.name().get(locale), descending, locale);
    }
}
