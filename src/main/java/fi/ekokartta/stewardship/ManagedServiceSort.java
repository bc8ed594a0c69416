package fi.ekokartta.stewardship;

import java.text.Collator;
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

    private final BiFunction<ManagedService, Locale, ? extends Comparable<?>> key;

    ManagedServiceSort(BiFunction<ManagedService, Locale, ? extends Comparable<?>> key) {
        this.key = key;
    }

    /** Texts in the reader's alphabet (Swedish å, ä, ö in that order), dates and states in their own order. */
    Comparator<ManagedService> comparator(boolean descending, Locale locale) {
        Collator alphabet = Collator.getInstance(locale);
        Comparator<Object> values = (a, b) -> a instanceof String first && b instanceof String second
                ? alphabet.compare(first, second) : compare(a, b);
        Comparator<ManagedService> byKey = Comparator.comparing(row -> (Object) key.apply(row, locale),
                Comparator.nullsLast(descending ? values.reversed() : values));
        return byKey.thenComparing(row -> row.name().get(locale), alphabet);
    }

    @SuppressWarnings("unchecked")
    private static int compare(Object a, Object b) {
        return ((Comparable<Object>) a).compareTo(b);
    }
}
