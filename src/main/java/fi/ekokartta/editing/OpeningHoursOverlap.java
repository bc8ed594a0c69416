package fi.ekokartta.editing;

import fi.ekokartta.offering.OfferingContent;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Opening hours that contradict each other: two weekly rows open at the same time on a same day
 * ("ma–pe 9–15" and "ke 12–16") for the same period, or one date given twice as an exception.
 * Rows that follow each other ("9–12" and "12–15"), rows of a period of their own (summer hours
 * beside the usual ones) and rows that repeat otherwise than every week do not overlap.
 */
final class OpeningHoursOverlap {

    private OpeningHoursOverlap() {
    }

    /** The index of the first row that contradicts an earlier one. */
    static Optional<Integer> find(List<OfferingContent.Hours> rows) {
        Set<LocalDate> dates = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            OfferingContent.Hours row = rows.get(i);
            if (row.date() != null) {
                if (!dates.add(row.date())) {
                    return Optional.of(i);
                }
                continue;
            }
            for (int j = 0; j < i; j++) {
                if (overlap(rows.get(j), row)) {
                    return Optional.of(i);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean overlap(OfferingContent.Hours a, OfferingContent.Hours b) {
        if (a.date() != null || a.weekdays() == null || b.weekdays() == null || a.opens() == null || a.closes() == null
                || b.opens() == null || b.closes() == null || !a.rule().isPlainWeekly() || !b.rule().isPlainWeekly()
                || !a.rule().samePeriod(b.rule())) {
            return false;
        }
        Set<String> days = new HashSet<>(List.of(a.weekdays().split(",")));
        days.retainAll(List.of(b.weekdays().split(",")));
        return !days.isEmpty() && a.opens().isBefore(b.closes()) && b.opens().isBefore(a.closes());
    }
}
