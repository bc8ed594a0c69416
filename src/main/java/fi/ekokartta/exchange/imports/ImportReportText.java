package fi.ekokartta.exchange.imports;

import java.util.Locale;
import java.util.stream.Collectors;

/** An import report as plain text: a summary line, then one block per row, then duplicates and warnings. */
final class ImportReportText {

    private final ImportReport report;
    private final Locale locale;
    private final StringBuilder text = new StringBuilder();

    ImportReportText(ImportReport report, Locale locale) {
        this.report = report;
        this.locale = locale;
    }

    String render() {
        String counts = report.counts().entrySet().stream()
                .map(entry -> t("import.outcome." + entry.getKey().name().toLowerCase(Locale.ROOT)) + " " + entry.getValue())
                .collect(Collectors.joining(", "));
        line(t(report.applied() ? "import.report.applied" : report.rejected() ? "import.report.rejected"
                : "import.report.dry-run", counts));
        for (ImportRow row : report.rows()) {
            line("");
            line(t("import.outcome." + row.outcome().name().toLowerCase(Locale.ROOT)) + "  " + row.kind()
                    + (row.id() == null ? "" : "  " + row.id()) + (row.name() == null ? "" : "  \"" + row.name() + "\""));
            line("    " + row.file() + (row.entry() == null ? "" : ", " + row.entry()));
            row.reasons().forEach(reason -> line("    - " + reasonText(reason)));
            if (!row.dropped().isEmpty()) {
                line("    " + t("import.report.dropped", row.dropped().size()) + " " + String.join(", ", row.dropped()));
            }
        }
        if (!report.duplicates().isEmpty()) {
            line("");
            line(t("import.report.duplicates"));
            report.duplicates().forEach(duplicate -> line("  - " + duplicate.kind() + " " + duplicate.id() + " \""
                    + duplicate.name() + "\" ~ " + duplicate.otherId() + " \"" + duplicate.otherName() + "\": "
                    + t(duplicate.reason())));
        }
        if (!report.warnings().isEmpty()) {
            line("");
            line(t("import.report.warnings"));
            report.warnings().forEach(warning -> line("  - " + warning.describe(locale)));
        }
        return text.toString();
    }

    private String reasonText(ImportProblem reason) {
        return reason.field() == null ? reason.message(locale)
                : ImportTexts.text(locale, "import.field", reason.field()) + ": " + reason.message(locale)
                + (reason.entry() == null ? "" : " (" + reason.entry() + ")");
    }

    private String t(String key, Object... args) {
        return ImportTexts.text(locale, key, args);
    }

    private void line(String value) {
        text.append(value).append('\n');
    }
}
