package fi.ekokartta.exchange.excel;

import fi.ekokartta.exchange.api.StableIds;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.Collection;
import java.util.UUID;

/**
 * Builders of the small HSDS objects the sheets become, in the shape the seed files have
 * (seed-data/README.md): phones, Ekokartta field attributes, keyword attributes, term links.
 */
final class HsdsNodes {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private HsdsNodes() {
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static ArrayNode array() {
        return JSON.createArrayNode();
    }

    static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
    }

    /** The value, or an empty one when the cell asks to empty the stored value (an update then empties it). */
    static void putOrClear(ObjectNode node, String field, String value, boolean cleared) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        } else if (cleared) {
            node.put(field, "");
        }
    }

    /** The items, or an empty list when the cell asks to empty the stored ones. */
    static void addAllOrClear(ObjectNode node, String field, Collection<ObjectNode> items, boolean cleared) {
        if (!items.isEmpty()) {
            addAll(node, field, items);
        } else if (cleared) {
            node.putArray(field);
        }
    }

    static ObjectNode phone(UUID ownerId, String ownerField, String number) {
        ObjectNode phone = object();
        phone.put("id", StableIds.of("phone", ownerId).toString());
        phone.put(ownerField, ownerId.toString());
        phone.put("number", number);
        phone.put("type", "voice");
        return phone;
    }

    /** An attribute of taxonomy "ekokartta": one of Ekokartta's own fields, named by the term's code. */
    static ObjectNode field(UUID ownerId, String code, String value) {
        UUID termId = StableIds.of("field", code);
        ObjectNode term = object();
        term.put("id", termId.toString());
        term.put("code", code);
        term.put("name", code);
        term.put("taxonomy", "ekokartta");
        return attribute(ownerId, termId, value, term);
    }

    static ObjectNode keyword(UUID ownerId, String language, String word) {
        UUID termId = StableIds.of("keyword", language, word);
        ObjectNode term = object();
        term.put("id", termId.toString());
        term.put("name", word);
        term.put("taxonomy", "keywords");
        term.put("language", language);
        return attribute(ownerId, termId, null, term);
    }

    /** A link to a taxonomy term of the database (a service class or a target group) by its id. */
    static ObjectNode termLink(UUID ownerId, String termId) {
        return attribute(ownerId, UUID.fromString(termId), null, null);
    }

    static void addAll(ObjectNode node, String field, Collection<ObjectNode> items) {
        if (!items.isEmpty()) {
            ArrayNode array = node.putArray(field);
            items.forEach(array::add);
        }
    }

    private static ObjectNode attribute(UUID ownerId, UUID termId, String value, ObjectNode term) {
        ObjectNode attribute = object();
        attribute.put("id", StableIds.of("attribute", ownerId, termId, value).toString());
        attribute.put("taxonomy_term_id", termId.toString());
        if (term != null) {
            attribute.set("taxonomy_term", term);
        }
        putIfPresent(attribute, "value", value);
        return attribute;
    }
}
