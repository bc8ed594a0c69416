package fi.ekokartta.stewardship.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.stewardship.ListExport;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One figure of the stewardship dashboard: a heading, the chart (server-drawn SVG) and a table of
 * the same numbers with its caption and headers, each row and number linking to the list it
 * counts, and the table downloadable as Excel or CSV with the same rows.
 *
 * @param <T> a row of the figure
 */
final class FigurePanel<T> extends Section {

    /** A column of numbers: its heading, a row's value (number, date or text) and the list the value links to, if any. */
    record Column<T>(String heading, Function<T, Object> value, Function<T, String> href) {
        Column(String heading, Function<T, Object> value) {
            this(heading, value, row -> null);
        }
    }

    private final String chart;
    private final NativeTable table = new NativeTable();
    private final ListDownloads<T> downloads;

    FigurePanel(String key, String title, String svg, String labelHeading, Function<T, String> label,
                Function<T, String> rowHref, List<T> rows, List<Column<T>> columns) {
        this.chart = svg;
        addClassName("dashboard-chart");
        setId("chart-" + key);
        table.setCaptionText(title);
        NativeTableRow headings = table.getHead().addRow();
        header(headings, labelHeading, "col");
        columns.forEach(column -> header(headings, column.heading(), "col"));
        for (T row : rows) {
            NativeTableRow line = table.getBody().addRow();
            NativeTableHeaderCell name = line.addHeaderCell();
            name.getElement().setAttribute("scope", "row");
            name.add(linked(label.apply(row), rowHref.apply(row)));
            for (Column<T> column : columns) {
                NativeTableCell cell = line.addDataCell();
                cell.add(linked(text(column.value().apply(row)), column.href().apply(row)));
            }
        }
        Div scroll = new Div(table);
        scroll.addClassName("dashboard-table");
        List<ListExport.Column<T>> export = new ArrayList<>();
        export.add(new ListExport.Column<>(labelHeading, label::apply));
        columns.forEach(column -> export.add(new ListExport.Column<>(column.heading(), column.value())));
        downloads = new ListDownloads<>(sheetName(title), "ekokartta-" + key, () -> rows, () -> export);
        Svg picture = new Svg(svg);
        picture.addClassName("dashboard-chart-picture");
        add(new H3(title), picture, scroll, downloads);
    }

    /** The chart's SVG markup, as drawn. */
    String chart() {
        return chart;
    }

    NativeTable table() {
        return table;
    }

    ListDownloads<T> downloads() {
        return downloads;
    }

    private static void header(NativeTableRow row, String text, String scope) {
        NativeTableHeaderCell cell = row.addHeaderCell();
        cell.setText(text);
        cell.getElement().setAttribute("scope", scope);
    }

    private static Component linked(String text, String href) {
        return href == null ? new Span(text) : new Anchor(href, text);
    }

    private String text(Object value) {
        return switch (value) {
            case null -> "";
            case LocalDate day -> FinnishDates.date(day);
            case Number number -> NumberFormat.getIntegerInstance(getLocale()).format(number.longValue());
            default -> value.toString();
        };
    }

    /** Excel allows 31 characters and none of []:*?/\ in a sheet's name. */
    private static String sheetName(String title) {
        String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ");
        return name.length() <= 31 ? name : name.substring(0, 31);
    }
}
