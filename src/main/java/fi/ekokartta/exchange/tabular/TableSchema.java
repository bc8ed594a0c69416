package fi.ekokartta.exchange.tabular;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HSDS 3.1 tables, read from the official schemas. Links follow the official CSV example: an
 * attribute points to its owner with {@code link_id} and {@code link_entity}, metadata with
 * {@code resource_id} and {@code resource_type}, any other nested list with {@code <parent>_id};
 * a single nested object is found by the parent's {@code <child>_id}.
 */
public final class TableSchema {

    private static final String FOLDER = "/hsds/3.1/schema/";
    private static final List<String> FILES = List.of("accessibility", "address", "attribute", "contact",
            "cost_option", "funding", "language", "location", "meta_table_description", "metadata", "organization",
            "organization_identifier", "phone", "program", "required_document", "schedule", "service",
            "service_area", "service_at_location", "service_capacity", "taxonomy", "taxonomy_term", "unit", "url");
    private static final TableSchema HSDS_3_1 = load();

    private final Map<String, Table> tables;

    private TableSchema(Map<String, Table> tables) {
        this.tables = tables;
    }

    public static TableSchema hsds31() {
        return HSDS_3_1;
    }

    public Optional<Table> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }

    public Table require(String name) {
        return table(name).orElseThrow(() -> new IllegalArgumentException("No HSDS table " + name));
    }

    /** Every table in the official data package's order. */
    public List<Table> tables() {
        return tables.values().stream().sorted(Comparator.comparingInt(Table::order).thenComparing(Table::name))
                .toList();
    }

    public Optional<Table> byFileName(String fileName) {
        return tables.values().stream().filter(table -> table.fileName().equals(fileName)).findFirst();
    }

    private static TableSchema load() {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, JsonNode> schemas = new LinkedHashMap<>();
        for (String file : FILES) {
            try (InputStream in = TableSchema.class.getResourceAsStream(FOLDER + file + ".json")) {
                if (in == null) {
                    throw new IllegalStateException("HSDS schema missing from the classpath: " + file);
                }
                schemas.put(file, json.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        schemas.forEach((name, schema) -> tables.put(name, table(name, schema, schemas)));
        addCompiledOnly(tables);
        return new TableSchema(tables);
    }

    private static Table table(String name, JsonNode schema, Map<String, JsonNode> schemas) {
        List<String> properties = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        List<Nested> nested = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : schema.get("properties").properties()) {
            properties.add(property.getKey());
            JsonNode definition = property.getValue();
            String reference = reference(definition);
            if (reference != null) {
                String child = reference.substring(0, reference.length() - ".json".length());
                nested.add(relation(name, property.getKey(), child, definition.has("items"), schemas));
            } else {
                columns.add(new Column(property.getKey(), definition.path("type").asString("string"),
                        definition.path("format").asString(null)));
            }
        }
        return new Table(name, schema.get("path").asString(), schema.path("datapackage_metadata").path("order")
                .asInt(Integer.MAX_VALUE), properties, columns, nested);
    }

    private static String reference(JsonNode definition) {
        JsonNode ref = definition.has("items") ? definition.get("items").get("$ref") : definition.get("$ref");
        return ref == null ? null : ref.asString();
    }

    private static Nested relation(String parent, String property, String child, boolean many,
                                   Map<String, JsonNode> schemas) {
        if (!many) {
            return new Nested(property, child, false, child + "_id", null, false);
        }
        return switch (child) {
            case "attribute" -> new Nested(property, child, true, "link_id", "link_entity", false);
            case "metadata" -> new Nested(property, child, true, "resource_id", "resource_type", false);
            default -> {
                String column = parent + "_id";
                yield new Nested(property, child, true,
                        schemas.get(child).get("properties").has(column) ? column : null, null, false);
            }
        };
    }

    /** The two relations the compiled schemas add in reverse: organization → services, service at location → service. */
    private static void addCompiledOnly(Map<String, Table> tables) {
        add(tables, "organization", new Nested("services", "service", true, "organization_id", null, true));
        add(tables, "service_at_location", new Nested("service", "service", false, "service_id", null, true));
    }

    private static void add(Map<String, Table> tables, String name, Nested relation) {
        Table table = tables.get(name);
        List<String> properties = new ArrayList<>(table.properties());
        properties.add(relation.property());
        List<Nested> nested = new ArrayList<>(table.nested());
        nested.add(relation);
        tables.put(name, new Table(table.name(), table.fileName(), table.order(), List.copyOf(properties),
                table.columns(), List.copyOf(nested)));
    }
}
