package fi.ekokartta.exchange.excel;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The ids the rows of one sheet have taken, so a second row with the same id is told apart and named. */
final class RowIds {

    private final Map<UUID, Integer> firstRows = new HashMap<>();

    /** Whether the id is free; if not, the problem is added to the row. */
    boolean claim(UUID id, RowCheck row) {
        Integer first = firstRows.putIfAbsent(id, row.row());
        if (first != null) {
            row.problem("id", "excel.problem.duplicate-id", id.toString(), String.valueOf(first));
            return false;
        }
        return true;
    }
}
