package fi.ekokartta.stewardship.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

class SortedRowsTest {

    private enum Column { NAME }

    private final List<String> reads = new ArrayList<>();
    private String filter = "";

    @BeforeEach
    void vaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void the_list_is_read_once_per_filter_and_order_however_the_grid_pages_and_counts() {
        SortedRows<String, Column, String> rows = new SortedRows<>(this::read, Column.class, Column.NAME);
        Grid<String> grid = new Grid<>();
        grid.addColumn(row -> row).setKey(Column.NAME.name()).setSortable(true);
        List<Integer> shown = new ArrayList<>();
        rows.bind(grid, () -> filter, () -> Locale.ROOT, shown::add);
        UI.getCurrent().add(grid);

        assertThat(_size(grid)).isEqualTo(120);
        assertThat(_get(grid, 110)).isEqualTo("rivi 110");
        assertThat(rows.shown(grid, filter, Locale.ROOT)).hasSize(120);
        assertThat(reads).containsExactly("|false");

        filter = "rivi 1";
        grid.getDataProvider().refreshAll();
        assertThat(_size(grid)).isEqualTo(31);
        grid.sort(GridSortOrder.desc(grid.getColumnByKey(Column.NAME.name())).build());
        assertThat(_get(grid, 0)).isEqualTo("rivi 119");

        assertThat(reads).containsExactly("|false", "rivi 1|false", "rivi 1|true");
        assertThat(shown).containsExactly(120, 31, 31);
    }

    private List<String> read(String filter, Column sort, boolean descending, Locale locale) {
        reads.add(filter + "|" + descending);
        Comparator<String> order = Comparator.comparing(name -> Integer.parseInt(name.substring(5)));
        return IntStream.range(0, 120).mapToObj(n -> "rivi " + n).filter(name -> name.startsWith(filter))
                .sorted(descending ? order.reversed() : order).toList();
    }
}
