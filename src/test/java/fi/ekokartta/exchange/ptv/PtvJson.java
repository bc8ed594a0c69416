package fi.ekokartta.exchange.ptv;

import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reading the PTV v11 documents the tests export: channels by their source id, localized texts by language. */
final class PtvJson {

    private PtvJson() {
    }

    static Map<String, JsonNode> byId(JsonNode channels) {
        Map<String, JsonNode> result = new LinkedHashMap<>();
        channels.forEach(channel -> result.put(channel.get("sourceId").asString(), channel));
        return result;
    }

    static Map<String, String> texts(JsonNode items) {
        Map<String, String> result = new HashMap<>();
        items.forEach(item -> result.put(item.get("language").asString(), item.get("value").asString()));
        return result;
    }
}
