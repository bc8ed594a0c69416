package fi.ekokartta.exchange.tabular;

import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.TreeMap;

/** The leaf values of a JSON document by their paths ({@code /phones/0/number}), as text. */
final class Leaves {

    private Leaves() {
    }

    static Map<String, String> of(JsonNode node) {
        Map<String, String> leaves = new TreeMap<>();
        collect(node, "", leaves);
        return leaves;
    }

    private static void collect(JsonNode node, String path, Map<String, String> leaves) {
        if (node.isObject()) {
            node.properties().forEach(property -> collect(property.getValue(), path + "/" + property.getKey(), leaves));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "/" + i, leaves);
            }
        } else if (!node.isNull()) {
            leaves.put(path, node.asString());
        }
    }

    /** A column that only says which object another one belongs to, which a compiled document shows by nesting. */
    static boolean isLink(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith("_id") || name.equals("link_entity") || name.equals("resource_type");
    }
}
