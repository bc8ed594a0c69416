package fi.ekokartta.exchange.tabular;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A data package's rows as the named HSDS JSON documents the import reads: {@code services.json}
 * (compiled services), {@code organizations.json} (compiled organizations, without the services
 * already in services.json), {@code taxonomies.json} and {@code taxonomy_terms.json}; a file only
 * when its table has rows. Rows that no document reaches (a location no service or organization
 * links to, an attribute of an unknown owner) are named in {@link #unlinked()}.
 *
 * @param files    the documents by file name, in the order above
 * @param unlinked the rows left out, as {@code file.csv id}
 */
public record TabularDocuments(Map<String, ArrayNode> files, List<String> unlinked) {

    private static final Map<String, String> ROOTS = rootFiles();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static TabularDocuments of(TabularData data) {
        return of(TableSchema.hsds31(), data);
    }

    public static TabularDocuments of(TableSchema schema, TabularData data) {
        DocumentNester nester = new DocumentNester(schema, data);
        Map<String, ArrayNode> files = new LinkedHashMap<>();
        ROOTS.forEach((table, file) -> {
            if (!data.rows(table).isEmpty()) {
                files.put(file, nester.nest(table, false));
            }
        });
        List<String> unlinked = new ArrayList<>();
        for (Table table : schema.tables()) {
            for (Map<String, String> row : data.rows(table.name())) {
                if (!nester.visited(table.name(), row.get("id"))) {
                    unlinked.add(table.fileName() + " " + row.get("id"));
                }
            }
        }
        return new TabularDocuments(files, List.copyOf(unlinked));
    }

    /** The documents as UTF-8 JSON files, the form the Excel reader also hands to the import. */
    public Map<String, byte[]> fileBytes() {
        return fileBytes(null);
    }

    /**
     * The same, named for the language of their texts: a Swedish or English package gives the
     * translation files ({@code services.sv.json}), so that its texts never replace the Finnish ones
     * and it is imported beside the Finnish package. A translation file holds what has a Finnish
     * original: taxonomies (named by code, not translated) are left out, and so are terms of the
     * package's own language alone, such as its keywords, which stay in the attributes of the
     * services that carry them.
     *
     * @param language fi, sv, en or null (Finnish, or not said)
     */
    public Map<String, byte[]> fileBytes(String language) {
        if (language == null || language.equals("fi")) {
            Map<String, byte[]> bytes = new LinkedHashMap<>();
            files.forEach((name, documents) -> bytes.put(name, JSON.writeValueAsBytes(documents)));
            return bytes;
        }
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((name, documents) -> {
            if (name.equals(ROOTS.get("taxonomy"))) {
                return;
            }
            ArrayNode translated = JSON.createArrayNode();
            documents.forEach(document -> {
                if (!name.equals(ROOTS.get("taxonomy_term")) || !document.path("language").isString()) {
                    translated.add(document);
                }
            });
            bytes.put(name.replace(".json", "." + language + ".json"), JSON.writeValueAsBytes(translated));
        });
        return bytes;
    }

    private static Map<String, String> rootFiles() {
        Map<String, String> roots = new LinkedHashMap<>();
        roots.put("service", "services.json");
        roots.put("organization", "organizations.json");
        roots.put("taxonomy", "taxonomies.json");
        roots.put("taxonomy_term", "taxonomy_terms.json");
        return roots;
    }
}
