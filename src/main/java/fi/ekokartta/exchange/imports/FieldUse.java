package fi.ekokartta.exchange.imports;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which values of one imported object were read. Whatever was not read has no place in our model
 * and is reported as dropped, so the import report is honest by construction rather than by a
 * list of known fields kept by hand.
 */
final class FieldUse {

    private final JsonNode root;
    private final Set<String> read = new HashSet<>();

    FieldUse(JsonNode root) {
        this.root = root;
    }

    void read(String path) {
        read.add(path);
    }

    /**
     * A value read but, as it turned out, not kept (a parent that is nowhere): it is dropped after
     * all, with everything under it (a whole address, a capacity figure of a unit we lack).
     */
    void unread(String path) {
        read.removeIf(other -> other.equals(path) || other.startsWith(path + ".") || other.startsWith(path + "["));
    }

    /** The paths of the values nobody read, e.g. {@code phones[0].extension}; empty values are not listed. */
    List<String> dropped() {
        List<String> dropped = new ArrayList<>();
        collect(root, "", dropped);
        return dropped;
    }

    private void collect(JsonNode node, String path, List<String> dropped) {
        if (!path.isEmpty() && read.contains(path)) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                collect(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), dropped);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", dropped);
            }
        } else if (!node.isNull() && !(node.isString() && node.asString().isBlank())) {
            dropped.add(path);
        }
    }
}
