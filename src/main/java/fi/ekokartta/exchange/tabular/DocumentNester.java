package fi.ekokartta.exchange.tabular;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rows back to compiled HSDS documents: each row of the root table becomes a document, with the
 * rows linked to it nested the way the official compiled schemas nest them. Numbers and booleans
 * get their JSON types from the schema. An object is not nested inside itself (a cycle of links),
 * and nesting stops at a depth no HSDS document reaches.
 */
public final class DocumentNester {

    static final int MAX_DEPTH = 12;

    private static final JsonNodeFactory NODES = JsonMapper.builder().build().getNodeFactory();

    private final TableSchema schema;
    private final TabularData data;
    private final Set<String> visited = new HashSet<>();

    public DocumentNester(TabularData data) {
        this(TableSchema.hsds31(), data);
    }

    public DocumentNester(TableSchema schema, TabularData data) {
        this.schema = schema;
        this.data = data;
    }

    /**
     * Every row of the table as a compiled document.
     *
     * @param compiledOnly also nest the relations only compiled documents have at their top (an
     *                     organization's services)
     */
    public ArrayNode nest(String table, boolean compiledOnly) {
        Table root = schema.require(table);
        ArrayNode documents = NODES.arrayNode();
        for (Map<String, String> row : data.rows(table)) {
            documents.add(object(root, row, new ArrayDeque<>(), compiledOnly));
        }
        return documents;
    }

    /** Whether a row has been put into some document by this nester. */
    public boolean visited(String table, String id) {
        return visited.contains(key(table, id));
    }

    private ObjectNode object(Table table, Map<String, String> row, Deque<String> path, boolean top) {
        String key = key(table.name(), row.get("id"));
        visited.add(key);
        path.push(key);
        ObjectNode object = NODES.objectNode();
        for (String property : table.properties()) {
            table.column(property).ifPresent(column -> {
                String value = row.get(property);
                if (value != null) {
                    object.set(property, typed(table, column, value));
                }
            });
            table.nested(property).filter(relation -> top || !relation.rootOnly())
                    .filter(relation -> path.size() < MAX_DEPTH)
                    .ifPresent(relation -> nested(row, relation, path, object));
        }
        path.pop();
        return object;
    }

    private void nested(Map<String, String> row, Nested relation, Deque<String> path, ObjectNode object) {
        Table child = schema.require(relation.table());
        if (relation.many()) {
            if (relation.linkColumn() == null) {
                return;
            }
            ArrayNode items = NODES.arrayNode();
            for (Map<String, String> childRow : data.rowsWhere(child.name(), relation.linkColumn(), row.get("id"))) {
                if (!path.contains(key(child.name(), childRow.get("id")))) {
                    items.add(object(child, childRow, path, false));
                }
            }
            if (!items.isEmpty()) {
                object.set(relation.property(), items);
            }
        } else {
            String childId = row.get(relation.linkColumn());
            if (childId != null && !path.contains(key(child.name(), childId))) {
                data.row(child.name(), childId)
                        .ifPresent(childRow -> object.set(relation.property(), object(child, childRow, path, false)));
            }
        }
    }

    private static JsonNode typed(Table table, Column column, String value) {
        if (column.isNumber()) {
            try {
                BigDecimal number = new BigDecimal(value.strip());
                return isWhole(number) ? NODES.numberNode(number.longValue()) : NODES.numberNode(number);
            } catch (NumberFormatException notANumber) {
                throw new TabularFormatException("import.tabular.notNumber", "%s: %s must be a number, not '%s'"
                        .formatted(table.fileName(), column.name(), value), table.fileName(), column.name(), value);
            }
        }
        if (column.isBoolean()) {
            String text = value.strip().toLowerCase(Locale.ROOT);
            if (!List.of("true", "false").contains(text)) {
                throw new TabularFormatException("import.tabular.notBoolean", "%s: %s must be true or false, not '%s'"
                        .formatted(table.fileName(), column.name(), value), table.fileName(), column.name(), value);
            }
            return NODES.booleanNode(Boolean.parseBoolean(text));
        }
        return NODES.stringNode(value);
    }

    private static boolean isWhole(BigDecimal number) {
        return number.scale() <= 0 && number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0;
    }

    private static String key(String table, String id) {
        return table + ':' + id;
    }
}
