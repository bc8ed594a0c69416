package fi.ekokartta.stewardship;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * The order of a management list by one column: texts in the reader's alphabet (Swedish å, ä, ö
 * in that order), dates and states in their own order, rows without a value last, ties by name.
 * Shared by the lists of services and of actors.
 */
final class ListOrder {

    private ListOrder() {
    }

    static <T> Comparator<T> by(Function<T, ?> key, Function<T, String> name, boolean descending, Locale locale) {
        Collator alphabet = Collator.getInstance(locale);
        Comparator<Object> values = (a, b) -> a instanceof String first && b instanceof String second
                ? alphabet.compare(first, second) : compare(a, b);
        Comparator<T> byKey = Comparator.comparing(row -> (Object) key.apply(row),
                Comparator.nullsLast(descending ? values.reversed() : values));
        return byKey.thenComparing(name, Comparator.nullsLast(alphabet));
    }

    @SuppressWarnings("unchecked")
    private static int compare(Object a, Object b) {
        return ((Comparable<Object>) a).compareTo(b);
    }
}
