package fi.ekokartta.exchange.imports;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HSDS's tabular example ({@code tabular.json}: one array of rows per CSV table) made back into
 * the nested objects the rest of the import reads: a row of a detail table (phones, schedules,
 * addresses, ...) goes into the object its {@code *_id} column names, attributes into the object
 * their {@code link_id} names. The main tables (organizations, services, locations,
 * service_at_location, taxonomy_terms, taxonomies) become the objects.
 */
final class TabularDocument {

    /** Main tables by the HSDS object name that tells their kind. */
    private static final Map<String, String> MAIN = Map.of("organizations.csv", "organizations",
            "services.csv", "services", "locations.csv", "locations", "service_at_location.csv", "service_at_location",
            "taxonomy_terms.csv", "taxonomy_terms", "taxonomies.csv", "taxonomies");
    /** Parent columns of detail rows, most specific first, with the main or detail table they name. */
    private static final List<String[]> PARENTS = List.of(new String[] {"contact_id", "contacts"},
            new String[] {"phone_id", "phones"}, new String[] {"service_at_location_id", "service_at_location"},
            new String[] {"location_id", "locations"}, new String[] {"service_id", "services"},
            new String[] {"organization_id", "organizations"});

    /** A main table: the object name that tells its kind, and its rows as nested objects. */
    record Table(String kindName, String tableName, List<JsonNode> rows) {
    }

    private TabularDocument() {
    }

    static boolean looksTabular(JsonNode document) {
        if (!document.isObject() || document.isEmpty()) {
            return false;
        }
        return document.propertyNames().stream().allMatch(name -> name.endsWith(".csv"));
    }

    /** The main tables with their detail rows nested; detail rows whose parent is missing are returned apart. */
    static List<Table> nest(JsonNode document, List<JsonNode> orphans) {
        JsonNode copy = document.deepCopy();
        Map<String, Map<String, ObjectNode>> byTableAndId = new HashMap<>();
        for (Map.Entry<String, JsonNode> table : copy.properties()) {
            Map<String, ObjectNode> rows = new LinkedHashMap<>();
            table.getValue().forEach(row -> {
                if (row.isObject() && row.hasNonNull("id")) {
                    rows.put(row.get("id").asString(), (ObjectNode) row);
                }
            });
            byTableAndId.put(baseName(table.getKey()), rows);
        }
        for (Map.Entry<String, JsonNode> table : copy.properties()) {
            if (!MAIN.containsKey(table.getKey()) && table.getValue().isArray()) {
                table.getValue().forEach(row -> attach(baseName(table.getKey()), row, byTableAndId, orphans));
            }
        }
        List<Table> tables = new ArrayList<>();
        for (Map.Entry<String, JsonNode> table : copy.properties()) {
            if (MAIN.containsKey(table.getKey()) && table.getValue().isArray()) {
                List<JsonNode> rows = new ArrayList<>();
                table.getValue().forEach(rows::add);
                tables.add(new Table(MAIN.get(table.getKey()), table.getKey(), rows));
            }
        }
        return tables;
    }

    private static void attach(String table, JsonNode row, Map<String, Map<String, ObjectNode>> byTableAndId,
                               List<JsonNode> orphans) {
        if (!row.isObject()) {
            orphans.add(row);
            return;
        }
        ObjectNode detail = (ObjectNode) row;
        if (table.equals("attributes") && detail.hasNonNull("link_id")) {
            String link = detail.get("link_id").asString();
            for (Map<String, ObjectNode> rows : byTableAndId.values()) {
                if (rows.containsKey(link)) {
                    detail.remove(List.of("link_id", "link_type", "link_entity"));
                    array(rows.get(link), "attributes").add(detail);
                    return;
                }
            }
        }
        for (String[] parent : PARENTS) {
            JsonNode id = detail.get(parent[0]);
            ObjectNode owner = id == null || id.isNull() ? null : byTableAndId.getOrDefault(parent[1], Map.of()).get(id.asString());
            if (owner != null) {
                detail.remove(parent[0]);
                array(owner, table).add(detail);
                return;
            }
        }
        orphans.add(row);
    }

    private static ArrayNode array(ObjectNode owner, String field) {
        JsonNode existing = owner.get(field);
        return existing != null && existing.isArray() ? (ArrayNode) existing : owner.putArray(field);
    }

    private static String baseName(String tableName) {
        return tableName.endsWith(".csv") ? tableName.substring(0, tableName.length() - 4) : tableName;
    }
}
