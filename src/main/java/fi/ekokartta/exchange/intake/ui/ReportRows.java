package fi.ekokartta.exchange.intake.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import fi.ekokartta.exchange.imports.ImportOutcome;
import fi.ekokartta.exchange.imports.ImportRow;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The import report's rows, rejected ones first: what happens to each object, why, and the fields
 * left out. Long reports page in the grid; the whole report downloads beside it.
 */
class ReportRows extends Grid<ImportRow> {

    /** Problems listed on the page above the rows; a download holds them all. */
    static final int MAX_SHOWN = 200;
    /** Dropped field paths named in a row's cell. */
    static final int DROPPED_NAMED = 6;

    ReportRows(List<ImportRow> rows, Locale locale, Function<ImportOutcome, String> outcomeName) {
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        addClassName("import-rows");
        addColumn(row -> outcomeName.apply(row.outcome())).setHeader(getTranslation("import.column.outcome"))
                .setAutoWidth(true).setFlexGrow(0).setKey("outcome");
        addColumn(ImportRow::kind).setHeader(getTranslation("import.column.kind")).setAutoWidth(true).setFlexGrow(0);
        addColumn(row -> row.name() == null ? "" : row.name()).setHeader(getTranslation("import.column.name"))
                .setWidth("12rem").setFlexGrow(2);
        addColumn(row -> row.file() + (row.entry() == null ? "" : ", " + row.entry()))
                .setHeader(getTranslation("import.column.where")).setWidth("10rem").setFlexGrow(1);
        addColumn(row -> row.reasons().stream().map(reason -> reason.message(locale)).collect(Collectors.joining("; ")))
                .setHeader(getTranslation("import.column.reasons")).setWidth("12rem").setFlexGrow(2).setKey("reasons");
        addColumn(this::dropped).setHeader(getTranslation("import.column.dropped"))
                .setWidth("12rem").setFlexGrow(2).setKey("dropped");
        setItems(rows.stream().sorted(Comparator.comparing(row -> row.outcome() != ImportOutcome.REJECTED)).toList());
        setAriaLabel(getTranslation("import.view.rows"));
        setPageSize(50);
    }

    /** The fields left out, the first few by name: a row stays readable, the download lists them all. */
    private String dropped(ImportRow row) {
        if (row.dropped().isEmpty()) {
            return "";
        }
        String named = row.dropped().stream().limit(DROPPED_NAMED).collect(Collectors.joining(", "));
        return row.dropped().size() <= DROPPED_NAMED ? named
                : getTranslation("import.view.dropped-more", row.dropped().size(), named);
    }
}
