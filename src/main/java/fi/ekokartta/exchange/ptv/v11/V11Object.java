package fi.ekokartta.exchange.ptv.v11;

import fi.ekokartta.exchange.ptv.PtvDroppedField;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One object of a PTV document that remembers which of its fields were read, so that every field
 * left unread can be reported as dropped once the item is done ({@link #finish()}).
 */
final class V11Object {

    /** Bookkeeping of PTV's own, not content: left out without a report. */
    private static final Set<String> TECHNICAL = Set.of("versionId", "modified", "availableLanguages", "security",
            "ownerReferenceId", "ownerReferenceId2", "orderNumber", "order", "requiredPropertiesAvailableLanguages",
            "currentPublishingStatus", "isVisibleForAll", "channelId", "userName");
    private static final int MAX_VALUE = 80;

    private final JsonNode node;
    private final String itemId;
    private final String path;
    private final List<PtvDroppedField> dropped;
    private final Set<String> used = new HashSet<>();
    private final List<V11Object> children = new ArrayList<>();
    private final List<Runnable> finishers = new ArrayList<>();

    V11Object(JsonNode node, String itemId, String path, List<PtvDroppedField> dropped) {
        this.node = node;
        this.itemId = itemId;
        this.path = path;
        this.dropped = dropped;
    }

    String itemId() {
        return itemId;
    }

    String path(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** A non-blank text field. */
    Optional<String> text(String field) {
        used.add(field);
        JsonNode value = node.get(field);
        return value != null && value.isValueNode() && !value.isNull() && !value.asString().isBlank()
                ? Optional.of(value.asString().strip()) : Optional.empty();
    }

    /** A text field looked at without reading it: it is still reported unless read. */
    Optional<String> peek(String field) {
        JsonNode value = node.get(field);
        return value != null && value.isValueNode() && !value.isNull() && !value.asString().isBlank()
                ? Optional.of(value.asString().strip()) : Optional.empty();
    }

    /** The raw value, read as a whole: nothing inside it is reported. */
    JsonNode whole(String field) {
        used.add(field);
        return node.path(field);
    }

    Optional<V11Object> object(String field) {
        used.add(field);
        JsonNode value = node.get(field);
        return value != null && value.isObject() ? Optional.of(child(value, path(field))) : Optional.empty();
    }

    List<V11Object> objects(String field) {
        used.add(field);
        JsonNode value = node.get(field);
        List<V11Object> items = new ArrayList<>();
        if (value != null && value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                if (value.get(i).isObject()) {
                    items.add(child(value.get(i), path(field) + "[" + i + "]"));
                }
            }
        }
        return items;
    }

    /** The texts of an array of strings, or of objects' {@code key} (PTV uses both for codes). */
    List<String> texts(String field, String key) {
        used.add(field);
        List<String> texts = new ArrayList<>();
        for (JsonNode item : node.path(field)) {
            JsonNode value = item.isObject() ? item.get(key) : item;
            if (value != null && value.isValueNode() && !value.asString().isBlank()) {
                texts.add(value.asString().strip());
            }
        }
        return texts;
    }

    /** A localized list ({@code [{language, value, type}]}) by type; types not taken are reported. */
    V11Texts localized(String field) {
        used.add(field);
        return new V11Texts(this, field, node.path(field));
    }

    /** Reports a field as dropped, once even when a channel shared by several services is read again. */
    void drop(String fieldPath, String messageKey, String value) {
        PtvDroppedField field = new PtvDroppedField(itemId, fieldPath, messageKey, shorten(value));
        if (!dropped.contains(field)) {
            dropped.add(field);
        }
    }

    /** Reports this object as one dropped value: none of its fields is reported apart. */
    void dropWhole(String messageKey, String value) {
        node.propertyNames().forEach(used::add);
        drop(path, messageKey, value);
    }

    /** Reports the fields that were not read, here and in every object read through this one. */
    void finish() {
        for (String field : node.propertyNames()) {
            JsonNode value = node.get(field);
            if (!used.contains(field) && !TECHNICAL.contains(field) && hasContent(value)) {
                drop(path(field), PtvDroppedField.NO_PLACE, value.isValueNode() ? value.asString() : value.toString());
            }
        }
        finishers.forEach(Runnable::run);
        children.forEach(V11Object::finish);
    }

    void onFinish(Runnable finisher) {
        finishers.add(finisher);
    }

    private V11Object child(JsonNode value, String childPath) {
        V11Object child = new V11Object(value, itemId, childPath, dropped);
        children.add(child);
        return child;
    }

    static boolean hasContent(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isContainer()) {
            for (JsonNode item : value) {
                if (hasContent(item)) {
                    return true;
                }
            }
            return false;
        }
        return !value.asString().isBlank();
    }

    private static String shorten(String value) {
        return value == null || value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE - 1) + "…";
    }
}
