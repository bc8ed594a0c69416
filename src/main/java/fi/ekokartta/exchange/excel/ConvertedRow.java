package fi.ekokartta.exchange.excel;

import tools.jackson.databind.node.ObjectNode;

import java.util.Map;

/** One row as HSDS: the Finnish object and, by language ("sv", "en"), the object of its texts in that language. */
record ConvertedRow(ObjectNode finnish, Map<String, ObjectNode> translations) {
}
