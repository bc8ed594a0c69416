package fi.ekokartta.exchange.tabular;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compiled HSDS documents to rows: each object becomes a row of its table, a nested list's items
 * get the parent's id in their link column, a nested single object's id goes into the parent's
 * link column. Whatever has no column (an unknown property, an object without an id, a value that
 * contradicts an earlier copy of the same object) is not written but named in {@link #dropped()}.
 */
public final class DocumentFlattener {

    private final TableSchema schema;
    private final TabularData data = new TabularData();
    private final List<String> dropped = new ArrayList<>();

    public DocumentFlattener(TableSchema schema) {
        this.schema = schema;
    }

    public DocumentFlattener() {
        this(TableSchema.hsds31());
    }

    /** Adds documents of one table: an array of them, or one. */
    public DocumentFlattener add(String table, JsonNode documents) {
        Table root = schema.require(table);
        if (documents.isArray()) {
            for (int i = 0; i < documents.size(); i++) {
                object(root, documents.get(i), "%s[%d]".formatted(root.resourceName(), i), null);
            }
        } else {
            object(root, documents, root.name(), null);
        }
        return this;
    }

    public TabularData data() {
        return data;
    }

    /** The paths of the values not written, e.g. {@code services[3].phones[0].note}. */
    public List<String> dropped() {
        return List.copyOf(dropped);
    }

    private String object(Table table, JsonNode object, String path, Link link) {
        if (!object.isObject()) {
            dropped.add(path);
            return null;
        }
        JsonNode idNode = object.get("id");
        if (idNode == null || !idNode.isValueNode() || idNode.asString().isBlank()) {
            dropped.add(path + " (no id)");
            return null;
        }
        String id = idNode.asString();
        Map<String, String> row = data.rowFor(table.name(), id);
        for (Map.Entry<String, JsonNode> property : object.properties()) {
            String name = property.getKey();
            JsonNode value = property.getValue();
            if (value.isNull()) {
                continue;
            }
            if (table.hasColumn(name)) {
                cell(row, name, value, path + "." + name);
            } else if (table.nested(name).isPresent()) {
                nested(table, row, table.nested(name).get(), value, path + "." + name);
            } else {
                dropped.add(path + "." + name);
            }
        }
        if (link != null) {
            put(row, link.column(), link.parentId(), path + "." + link.column());
            if (link.typeColumn() != null) {
                row.putIfAbsent(link.typeColumn(), link.parentTable());
            }
        }
        return id;
    }

    private void nested(Table parent, Map<String, String> row, Nested relation, JsonNode value, String path) {
        Table child = schema.require(relation.table());
        if (relation.many()) {
            if (!value.isArray() || relation.linkColumn() == null) {
                dropped.add(path);
                return;
            }
            Link link = new Link(relation.linkColumn(), row.get("id"), relation.typeColumn(), parent.name());
            for (int i = 0; i < value.size(); i++) {
                object(child, value.get(i), "%s[%d]".formatted(path, i), link);
            }
        } else {
            String childId = object(child, value, path, null);
            if (childId != null && parent.hasColumn(relation.linkColumn())) {
                put(row, relation.linkColumn(), childId, path);
            }
        }
    }

    private void cell(Map<String, String> row, String column, JsonNode value, String path) {
        if (value.isContainer()) {
            dropped.add(path);
        } else {
            put(row, column, value.asString(), path);
        }
    }

    private void put(Map<String, String> row, String column, String value, String path) {
        String earlier = row.putIfAbsent(column, value);
        if (earlier != null && !earlier.equals(value)) {
            dropped.add(path + " (differs from another copy of " + row.get("id") + ")");
        }
    }

    private record Link(String column, String parentId, String typeColumn, String parentTable) {
    }
}
