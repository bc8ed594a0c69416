package fi.ekokartta.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.base.export.ListExport;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Supplier;

/**
 * The links that download a management list as shown (the same filters and order, every row) as
 * Excel or CSV through {@link ListExport}; the file is named after the list and the day.
 *
 * @param <T> a row of the list
 */
public final class ListDownloads<T> extends Div {

    private final String sheetName;
    private final Supplier<List<T>> rows;
    private final Supplier<List<ListExport.Column<T>>> columns;

    public ListDownloads(String sheetName, String fileName, Supplier<List<T>> rows, Supplier<List<ListExport.Column<T>>> columns) {
        this.sheetName = sheetName;
        this.rows = rows;
        this.columns = columns;
        addClassName("managed-exports");
        add(new Anchor(download(fileName, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        this::excel), getTranslation("managed.export.excel")),
                new Anchor(download(fileName, "csv", "text/csv; charset=UTF-8", this::csv), getTranslation("managed.export.csv")));
    }

    /** The file the Excel link downloads now. */
    public byte[] excel() {
        return ListExport.excel(rows.get(), columns.get(), sheetName);
    }

    /** The file the CSV link downloads now. */
    public byte[] csv() {
        return ListExport.csv(rows.get(), columns.get());
    }

    private static DownloadHandler download(String fileName, String extension, String contentType, Supplier<byte[]> file) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] bytes = file.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName + "-" + FinnishDates.today() + "." + extension,
                    contentType, bytes.length);
        });
    }
}
