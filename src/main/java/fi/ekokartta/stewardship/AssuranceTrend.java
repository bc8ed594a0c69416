package fi.ekokartta.stewardship;

import fi.ekokartta.stewardship.StewardshipFigures.TrendPoint;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The share assured at past month ends, reconstructed from what the map keeps: each entry's
 * assured and review dates and every re-assurance in the audit log. On a past day an entry
 * counts from its latest assurance on or before it (else from its last change, if that came
 * before); an entry with no trace before the day did not exist yet as far as the map knows and is
 * left out. Today's point is the dashboard's own share, so the line ends where the figure stands.
 */
final class AssuranceTrend {

    static final int MONTHS = 12;

    private AssuranceTrend() {
    }

    static List<TrendPoint> points(List<EntryFacts> reviewed, Map<UUID, List<LocalDate>> reassurances, LocalDate today) {
        List<TrendPoint> points = new ArrayList<>();
        YearMonth current = YearMonth.from(today);
        for (int back = MONTHS - 1; back > 0; back--) {
            LocalDate day = current.minusMonths(back).atEndOfMonth();
            long total = 0;
            long assured = 0;
            for (EntryFacts entry : reviewed) {
                LocalDate start = start(entry, reassurances.getOrDefault(entry.id(), List.of()), day);
                if (start != null) {
                    total++;
                    if (!start.plusMonths(entry.intervalMonths()).isBefore(day)) {
                        assured++;
                    }
                }
            }
            points.add(new TrendPoint(day, assured, total));
        }
        long assuredToday = reviewed.stream().filter(entry -> entry.assuredOn(today)).count();
        points.add(new TrendPoint(today, assuredToday, reviewed.size()));
        return points;
    }

    /** Where the entry's interval ran from on the day: its latest assurance by then, else its last change by then. */
    private static LocalDate start(EntryFacts entry, List<LocalDate> reassured, LocalDate day) {
        return Stream.concat(Stream.of(entry.lastReviewed(), entry.assured()), reassured.stream())
                .filter(date -> date != null && !date.isAfter(day))
                .max(LocalDate::compareTo)
                .orElse(entry.lastModified() != null && !entry.lastModified().isAfter(day) ? entry.lastModified() : null);
    }
}
