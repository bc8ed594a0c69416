package fi.ekokartta.stewardship.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * The rows of a management list for the filter and order on screen, read from the service once
 * per change of either and kept: the grid's count and its pages, and the export, all use the same
 * list instead of each running the query again. A list for another filter or order replaces it.
 *
 * @param <F> the list's filter
 * @param <S> the list's sortable columns, whose names are the grid columns' keys
 * @param <T> a row
 */
final class SortedRows<F, S extends Enum<S>, T> {

    /** The service's read of a whole list: filter, column, descending, the reader's language. */
    @FunctionalInterface
    interface Source<F, S, T> {
        List<T> all(F filter, S sort, boolean descending, Locale locale);
    }

    private record Request<F, S>(F filter, S sort, boolean descending, Locale locale) {
    }

    private final Source<F, S, T> source;
    private final Class<S> columns;
    private final S defaultSort;
    private Request<F, S> request;
    private List<T> rows;

    SortedRows(Source<F, S, T> source, Class<S> columns, S defaultSort) {
        this.source = source;
        this.columns = columns;
        this.defaultSort = defaultSort;
    }

    /**
     * Lets the grid read its pages from these rows; {@code shown} hears the number of rows each
     * time the list is read again.
     */
    void bind(Grid<T> grid, Supplier<F> filter, Supplier<Locale> locale, IntConsumer shown) {
        Function<List<QuerySortOrder>, List<T>> current = orders -> {
            QuerySortOrder first = orders.isEmpty() ? null : orders.getFirst();
            List<T> before = rows;
            List<T> now = rows(filter.get(), first == null ? defaultSort : Enum.valueOf(columns, first.getSorted()),
                    first != null && first.getDirection() == SortDirection.DESCENDING, locale.get());
            if (now != before) {
                shown.accept(now.size());
            }
            return now;
        };
        grid.setItems(query -> current.apply(query.getSortOrders()).stream().skip(query.getOffset()).limit(query.getLimit()),
                query -> current.apply(query.getSortOrders()).size());
    }

    /** The rows as the grid shows them now: the same filter and order, every row (for an export). */
    List<T> shown(Grid<T> grid, F filter, Locale locale) {
        List<GridSortOrder<T>> orders = grid.getSortOrder();
        GridSortOrder<T> first = orders.isEmpty() ? null : orders.getFirst();
        return rows(filter, first == null ? defaultSort : Enum.valueOf(columns, first.getSorted().getKey()),
                first != null && first.getDirection() == SortDirection.DESCENDING, locale);
    }

    /** Forgets the rows, so the next read asks the service again (after a change to the entries). */
    void forget() {
        rows = null;
        request = null;
    }

    private List<T> rows(F filter, S sort, boolean descending, Locale locale) {
        Request<F, S> wanted = new Request<>(filter, sort, descending, locale);
        if (rows == null || !Objects.equals(wanted, request)) {
            rows = List.copyOf(source.all(filter, sort, descending, locale));
            request = wanted;
        }
        return rows;
    }
}
