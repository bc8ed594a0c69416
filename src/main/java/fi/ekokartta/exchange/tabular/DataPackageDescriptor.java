package fi.ekokartta.exchange.tabular;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code datapackage.json}: the Frictionless tabular data package descriptor of the HSDS CSV
 * files, with each resource's fields, primary key and foreign keys as the official HSDS data
 * package describes them.
 */
final class DataPackageDescriptor {

    static final String FILE_NAME = "datapackage.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DataPackageDescriptor() {
    }

    static byte[] write(TableSchema schema, List<Table> tables, PackageInfo info) {
        ObjectNode descriptor = JSON.createObjectNode();
        descriptor.put("profile", "tabular-data-package");
        descriptor.put("name", info.name());
        descriptor.put("title", info.title());
        descriptor.put("created", info.created());
        descriptor.putArray("licenses").addObject().put("name", info.licence());
        if (info.language() != null) {
            // Not a Frictionless property (it allows others): the texts' language, as in the open-data JSON documents.
            descriptor.put("language", info.language());
        }
        ArrayNode resources = descriptor.putArray("resources");
        Set<String> names = tables.stream().map(Table::name).collect(Collectors.toSet());
        for (Table table : tables) {
            resources.add(resource(schema, table, names));
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(descriptor);
    }

    private static ObjectNode resource(TableSchema schema, Table table, Set<String> names) {
        ObjectNode resource = JSON.createObjectNode();
        resource.put("name", table.resourceName());
        resource.put("path", table.fileName());
        resource.put("profile", "tabular-data-resource");
        resource.put("format", "csv");
        resource.put("mediatype", "text/csv");
        resource.put("encoding", "utf-8");
        ObjectNode tableSchema = resource.putObject("schema");
        ArrayNode fields = tableSchema.putArray("fields");
        table.columns().forEach(column -> field(fields.addObject(), column));
        tableSchema.put("primaryKey", "id");
        ArrayNode foreignKeys = JSON.createArrayNode();
        for (Table parent : schema.tables()) {
            for (Nested relation : parent.nested()) {
                boolean childLink = relation.many() && relation.table().equals(table.name())
                        && relation.typeColumn() == null && relation.linkColumn() != null && !relation.rootOnly();
                if (childLink && names.contains(parent.name())) {
                    foreignKey(foreignKeys, relation.linkColumn(), parent);
                }
            }
        }
        for (Nested relation : table.nested()) {
            if (!relation.many() && table.hasColumn(relation.linkColumn()) && names.contains(relation.table())) {
                foreignKey(foreignKeys, relation.linkColumn(), schema.require(relation.table()));
            }
        }
        if (!foreignKeys.isEmpty()) {
            tableSchema.set("foreignKeys", foreignKeys);
        }
        return resource;
    }

    private static void foreignKey(ArrayNode foreignKeys, String column, Table referenced) {
        ObjectNode key = foreignKeys.addObject();
        key.put("fields", column);
        key.putObject("reference").put("resource", referenced.resourceName()).put("fields", "id");
    }

    private static void field(ObjectNode field, Column column) {
        field.put("name", column.name());
        String format = column.format();
        switch (column.type()) {
            case "number", "integer", "boolean" -> field.put("type", column.type());
            default -> {
                if ("date-time".equals(format)) {
                    field.put("type", "datetime");
                } else if ("date".equals(format) || "time".equals(format)) {
                    field.put("type", format);
                } else {
                    field.put("type", "string");
                    if (format != null) {
                        field.put("format", format);
                    }
                }
            }
        }
    }

    /**
     * Whether the descriptor is a symbolic link that a checkout without symlinks turned into a
     * one-line text file, as the official examples' {@code datapackage.json} (a link to the
     * repository's {@code ../../datapackage.json}) arrives from such checkouts. There is then no
     * descriptor, and the files are read by their official names.
     */
    static boolean isLinkLeftAsText(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        return bytes.length < 256 && text.endsWith(FILE_NAME) && !text.contains("\n") && !text.startsWith("{");
    }

    /** The resource paths of a descriptor by its resource names. */
    static Map<String, String> resourcePaths(byte[] bytes) {
        JsonNode descriptor = parse(bytes);
        JsonNode resources = descriptor.path("resources");
        if (!resources.isArray()) {
            throw new TabularFormatException("import.tabular.badDescriptor", FILE_NAME + " has no resources list");
        }
        Map<String, String> paths = new LinkedHashMap<>();
        for (JsonNode resource : resources) {
            JsonNode path = resource.path("path");
            if (!path.isString() || path.asString().isBlank()) {
                throw new TabularFormatException("import.tabular.badDescriptor",
                        FILE_NAME + " has a resource without a path (only single-file resources are read)");
            }
            paths.put(resource.path("name").asString(path.asString()), path.asString());
        }
        return paths;
    }

    /** The texts' language the descriptor names ({@code "language": "sv"}), or null. */
    static String language(byte[] bytes) {
        String language = parse(bytes).path("language").asString("").strip().toLowerCase(java.util.Locale.ROOT);
        return language.isEmpty() ? null : language;
    }

    private static JsonNode parse(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (JacksonException malformed) {
            throw new TabularFormatException("import.tabular.badDescriptor",
                    FILE_NAME + " is not JSON: " + malformed.getOriginalMessage(), malformed);
        }
    }
}
