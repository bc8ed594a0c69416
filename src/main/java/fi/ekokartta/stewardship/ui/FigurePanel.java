package fi.ekokartta.stewardship.ui;

import fi.ekokartta.base.ui.ListDownloads;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.base.export.ListExport;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One figure of the stewardship dashboard: a heading, the chart (server-drawn SVG) and, folded
 * under it ("Näytä taulukkona"), a table of the same numbers with its caption and headers, each
 * row and number linking to the list it counts. The chart and the table show the same rows: a
 * figure about a list at most its top {@value #TOP} ({@link #top}), and when there are more, a
 * link leads to the whole list; the download (Excel or CSV) holds every row.
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

    /** Rows a chart and its table show at most. */
    static final int TOP = 10;

    private final String chart;
    private final NativeTable table = new NativeTable();
    private final Details folded;
    private final Anchor all;
    private final ListDownloads<T> downloads;

    /**
     * @param allRows every row of the figure, for the download and the count of the "all" link
     * @param allHref the list the whole figure is about, linked when rows are left out; null for a figure
     *                shown whole (the months of the trend)
     */
    FigurePanel(String key, String title, String svg, String labelHeading, Function<T, String> label,
                Function<T, String> rowHref, List<T> allRows, String allHref, List<Column<T>> columns) {
        List<T> rows = allHref == null ? allRows : top(allRows);
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
        all = rows.size() == allRows.size() ? null
                : new Anchor(allHref, getTranslation("dashboard.table.all", allRows.size()));
        folded = new Details(getTranslation("dashboard.table.show"), scroll);
        folded.addClassName("dashboard-table-details");
        if (all != null) {
            all.setAriaLabel(getTranslation("dashboard.table.all", allRows.size()) + ": " + title);
            Paragraph more = new Paragraph(all);
            more.addClassName("dashboard-table-all");
            folded.add(more);
        }
        List<ListExport.Column<T>> export = new ArrayList<>();
        export.add(new ListExport.Column<>(labelHeading, label::apply));
        columns.forEach(column -> export.add(new ListExport.Column<>(column.heading(), column.value())));
        downloads = new ListDownloads<>(sheetName(title), "ekokartta-" + key, () -> allRows, () -> export);
        Svg picture = new Svg(svg);
        picture.addClassName("dashboard-chart-picture");
        add(new H3(title), picture, folded, downloads);
    }

    /** The rows a chart and its table show: the first {@value #TOP}, in the figure's order. */
    static <T> List<T> top(List<T> rows) {
        return rows.size() <= TOP ? rows : rows.subList(0, TOP);
    }

    /** The chart's SVG markup, as drawn. */
    String chart() {
        return chart;
    }

    NativeTable table() {
        return table;
    }

    /** The fold the table is in, closed at first. */
    Details folded() {
        return folded;
    }

    /** The link to the whole list, when the table leaves rows out. */
    Optional<Anchor> all() {
        return Optional.ofNullable(all);
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
