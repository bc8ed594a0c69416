package fi.ekokartta.stewardship;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/** The columns the management list of services can be sorted by; entries without a value come last. */
public enum ManagedServiceSort {
    NAME(row -> row.name().getFi()),
    ORGANIZATION(row -> row.organization() == null ? null : row.organization().getFi()),
    STATUS(row -> row.status().name()),
    LAST_ASSURED(ManagedService::lastAssured),
    NEXT_REVIEW_DUE(ManagedService::nextReviewDue),
    RESPONSIBLE(ManagedService::responsible);

    private final Function<ManagedService, ? extends Comparable<?>> key;

    ManagedServiceSort(Function<ManagedService, ? extends Comparable<?>> key) {
        this.key = key;
    }

    Comparator<ManagedService> comparator(boolean descending) {
        Comparator<Comparable<Object>> values = descending ? Comparator.<Comparable<Object>>naturalOrder().reversed()
                : Comparator.naturalOrder();
        Comparator<ManagedService> byKey = Comparator.comparing(row -> comparable(key.apply(row)),
                Comparator.nullsLast(values));
        return byKey.thenComparing(row -> row.name().getFi().toLowerCase(Locale.ROOT));
    }

    @SuppressWarnings("unchecked")
    private static Comparable<Object> comparable(Comparable<?> value) {
        if (value instanceof String text) {
            return (Comparable<Object>) (Comparable<?>) text.toLowerCase(Locale.ROOT);
        }
        return (Comparable<Object>) value;
    }
}
