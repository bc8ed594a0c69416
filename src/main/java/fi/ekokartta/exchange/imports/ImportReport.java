package fi.ekokartta.exchange.imports;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dry run's answer (and the applied import's): one row per object with its outcome and
 * dropped fields, the warnings, and the possible duplicates to review. An import with any
 * rejected row stores nothing.
 */
public record ImportReport(List<ImportRow> rows, List<ImportProblem> warnings, List<PossibleDuplicate> duplicates,
                           boolean applied) {

    public ImportReport {
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
        duplicates = List.copyOf(duplicates);
    }

    public boolean rejected() {
        return rows.stream().anyMatch(row -> row.outcome() == ImportOutcome.REJECTED);
    }

    public Map<ImportOutcome, Integer> counts() {
        Map<ImportOutcome, Integer> counts = new EnumMap<>(ImportOutcome.class);
        rows.forEach(row -> counts.merge(row.outcome(), 1, Integer::sum));
        return counts;
    }

    public List<ImportRow> rows(ImportOutcome outcome) {
        return rows.stream().filter(row -> row.outcome() == outcome).toList();
    }

    /** The report as plain text, for the command line and logs. */
    public String render(Locale locale) {
        return new ImportReportText(this, locale).render();
    }
}
