package fi.ekokartta.exchange.tabular;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rows of an HSDS data package, per table, each row a map from column to its text (absent
 * when the cell is empty). Rows are kept by id: an object met several times (a phone of a service
 * and of its location) is one row with several links.
 */
public final class TabularData {

    private final Map<String, Map<String, Map<String, String>>> tables = new LinkedHashMap<>();
    private final Map<String, Map<String, List<Map<String, String>>>> index = new HashMap<>();

    /** The tables that have rows. */
    public Set<String> tableNames() {
        return Collections.unmodifiableSet(tables.keySet());
    }

    public List<Map<String, String>> rows(String table) {
        return List.copyOf(tables.getOrDefault(table, Map.of()).values());
    }

    public Optional<Map<String, String>> row(String table, String id) {
        return Optional.ofNullable(tables.getOrDefault(table, Map.of()).get(id));
    }

    public int size() {
        return tables.values().stream().mapToInt(Map::size).sum();
    }

    /** The row of this id, made empty (but for the id) if there is none yet. */
    Map<String, String> rowFor(String table, String id) {
        index.clear();
        return tables.computeIfAbsent(table, name -> new LinkedHashMap<>())
                .computeIfAbsent(id, key -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("id", id);
                    return row;
                });
    }

    boolean contains(String table, String id) {
        return row(table, id).isPresent();
    }

    /** The rows of a table whose column holds this value. */
    List<Map<String, String>> rowsWhere(String table, String column, String value) {
        return index.computeIfAbsent(table + '\u0000' + column, key -> group(table, column))
                .getOrDefault(value, List.of());
    }

    private Map<String, List<Map<String, String>>> group(String table, String column) {
        Map<String, List<Map<String, String>>> groups = new HashMap<>();
        for (Map<String, String> row : tables.getOrDefault(table, Map.of()).values()) {
            String value = row.get(column);
            if (value != null) {
                groups.computeIfAbsent(value, key -> new ArrayList<>()).add(row);
            }
        }
        return groups;
    }
}
