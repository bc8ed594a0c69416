package fi.ekokartta.exchange.ptv.v11;

import fi.ekokartta.exchange.ptv.PtvFileException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The items of PTV v11 files and what each is: a single object (GET /api/v11/Service/{id}), an
 * array of them (GET /api/v11/Service/list/...), or a page with {@code itemList}.
 */
final class V11Items {

    enum Kind { ORGANIZATION, SERVICE, CHANNEL }

    /** One item of a file. */
    record Item(Kind kind, String id, JsonNode node, String file) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private V11Items() {
    }

    static List<Item> read(String file, String content) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JacksonException e) {
            throw new PtvFileException("ptv.error.not-json", "%s is not JSON: %s".formatted(file, e.getOriginalMessage()), file);
        }
        List<Item> items = new ArrayList<>();
        JsonNode list = root != null && root.isObject() && root.has("itemList") ? root.get("itemList") : root;
        if (list == null || !(list.isArray() || list.isObject())) {
            throw new PtvFileException("ptv.error.wrong-shape",
                    "%s is not a PTV object, an array of them or a page with itemList".formatted(file), file);
        }
        if (list.isObject()) {
            items.add(item(file, 0, list));
        } else {
            for (int i = 0; i < list.size(); i++) {
                items.add(item(file, i, list.get(i)));
            }
        }
        return items;
    }

    private static Item item(String file, int index, JsonNode node) {
        String position = file + " #" + (index + 1);
        if (!node.isObject()) {
            throw new PtvFileException("ptv.error.wrong-shape",
                    "%s is not a PTV object, an array of them or a page with itemList".formatted(position), position);
        }
        Kind kind = kind(node);
        if (kind == null) {
            boolean onlyIds = node.has("id") && node.size() <= 2;
            throw onlyIds ? new PtvFileException("ptv.error.only-ids", ("%s has only an id: fetch the full items, "
                    + "e.g. GET /api/v11/Service/{id}").formatted(position), position)
                    : new PtvFileException("ptv.error.unknown-item", ("%s is not a PTV v11 organization, service or "
                    + "service channel").formatted(position), position);
        }
        // Items we write for PTV carry our id as sourceId; PTV's own id comes when it publishes them.
        String id = node.hasNonNull("id") ? node.path("id").asString("") : node.path("sourceId").asString("");
        try {
            UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new PtvFileException("ptv.error.bad-id", "%s: id '%s' is not a PTV id (GUID)".formatted(position, id),
                    position, id);
        }
        return new Item(kind, id.toLowerCase(Locale.ROOT), node, file);
    }

    private static Kind kind(JsonNode node) {
        if (node.has("serviceChannelType")) {
            return Kind.CHANNEL;
        }
        if (node.has("serviceNames")) {
            return Kind.SERVICE;
        }
        if (node.has("organizationNames") || node.has("organizationType") || node.has("businessCode")) {
            return Kind.ORGANIZATION;
        }
        return null;
    }
}
