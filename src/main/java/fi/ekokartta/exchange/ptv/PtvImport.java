package fi.ekokartta.exchange.ptv;

import tools.jackson.databind.node.ArrayNode;

import java.util.List;
import java.util.Map;

/**
 * What PTV files become: HSDS 3.1 documents as named files in the seed's layout
 * ({@code organizations.json}, {@code services.json}, {@code services.sv.json}, ...), ready for
 * the import pipeline, and every PTV field that was left out.
 */
public record PtvImport(Map<String, ArrayNode> files, List<PtvDroppedField> dropped) {

    public ArrayNode file(String name) {
        return files.get(name);
    }
}
