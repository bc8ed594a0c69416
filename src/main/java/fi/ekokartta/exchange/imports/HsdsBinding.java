package fi.ekokartta.exchange.imports;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Binds one imported JSON object to the HSDS document record the API writes ({@code exchange/api/document}),
 * so that one definition of an HSDS object serves both export and import.
 * <p>
 * Binding is done after a check of every value against the record component it goes to: a value of
 * the wrong JSON type, or text that is no UUID or date, becomes a problem on that field with its
 * path (through {@link ImportEntry#reject}) and is left out, and the rest of the object is still
 * bound; nothing aborts the file. The checked values are then bound by Jackson, with the record's
 * own naming, so a key the record has no component for never reaches it: it stays unread and is
 * reported as dropped ({@link FieldUse}). Every component that was present counts as read; a
 * reader that does not keep a value marks it {@link ImportEntry#unused}.
 * <p>
 * Texts are stripped and blank texts are absent, as before. Lists are never null: an absent or
 * unusable list is empty; an element that is no object keeps its place as null, so that indexes
 * and paths stay those of the file. Whether a key was present at all (an update that leaves a
 * field alone) is still told by the JSON object ({@link ImportEntry#has}).
 */
final class HsdsBinding {

    /** Identifiers that a table (CSV, Excel) may give as a number: the digits are the identifier. */
    private static final Set<String> NUMBER_AS_TEXT = Set.of("identifier", "external_identifier");

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private HsdsBinding() {
    }

    /**
     * The entry's object as the given record, leaving out the named keys: those are read by
     * another reader (the organization nested in a service, ...) and are neither bound nor marked read here.
     */
    static <R extends Record> R bind(ImportEntry entry, Class<R> type, Set<String> notHere) {
        ObjectNode checked = checkObject(entry, entry.node(), type, notHere);
        return JSON.treeToValue(checked, type);
    }

    /** One list field of the entry's object, bound alone (its element records checked as {@link #bind} checks them). */
    static <R extends Record> List<R> bindList(ImportEntry entry, String field, Class<R> type) {
        JsonNode value = entry.node().get(field);
        Type listType = new ParameterizedType() {
            public Type[] getActualTypeArguments() {
                return new Type[] {type};
            }

            public Type getRawType() {
                return List.class;
            }

            public Type getOwnerType() {
                return null;
            }
        };
        JsonNode checked = value == null || value.isNull() ? null : check(entry, field, value, listType);
        if (checked == null) {
            return List.of();
        }
        return JSON.treeToValue(checked, JSON.getTypeFactory().constructCollectionType(List.class, type));
    }

    /** The JSON name of a record component: its {@code @JsonProperty}, or its name in the record's naming. */
    static String jsonName(RecordComponent component) {
        JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
        if (property != null && !property.value().isEmpty()) {
            return property.value();
        }
        JsonNaming naming = component.getDeclaringRecord().getAnnotation(JsonNaming.class);
        return naming != null && naming.value() == PropertyNamingStrategies.SnakeCaseStrategy.class
                ? snakeCase(component.getName()) : component.getName();
    }

    /** As Jackson's snake_case names our components: {@code parentOrganizationId} is {@code parent_organization_id}. */
    private static String snakeCase(String name) {
        StringBuilder snake = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (Character.isUpperCase(c)) {
                snake.append('_').append(Character.toLowerCase(c));
            } else {
                snake.append(c);
            }
        }
        return snake.toString();
    }

    private static ObjectNode checkObject(ImportEntry entry, JsonNode node, Class<?> type, Set<String> notHere) {
        ObjectNode checked = NODES.objectNode();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = jsonName(component);
            if (notHere.contains(name)) {
                continue;
            }
            Type componentType = component.getGenericType();
            JsonNode value = node.get(name);
            JsonNode bound = value == null || value.isNull() ? null : check(entry, name, value, componentType);
            if (bound == null && isList(componentType)) {
                bound = NODES.arrayNode();
            }
            if (bound != null) {
                checked.set(name, bound);
            }
        }
        return checked;
    }

    /** The value checked for its component, or null (a problem has been recorded, or the text is blank). */
    private static JsonNode check(ImportEntry entry, String field, JsonNode value, Type type) {
        Class<?> raw = rawClass(type);
        if (raw.isRecord()) {
            if (!value.isObject()) {
                return fail(entry, field, "import.problem.expected-object", ImportEntry.typeOf(value));
            }
            return checkObject(entry.child(value, field), value, raw, Set.of());
        }
        if (raw == java.util.List.class) {
            return checkList(entry, field, value, ((ParameterizedType) type).getActualTypeArguments()[0]);
        }
        entry.used(field);
        return scalar(entry, field, value, raw);
    }

    private static JsonNode checkList(ImportEntry entry, String field, JsonNode value, Type elementType) {
        if (!value.isArray()) {
            entry.used(field);
            return fail(entry, field, "import.problem.expected-list", ImportEntry.typeOf(value));
        }
        ArrayNode checked = NODES.arrayNode();
        boolean records = rawClass(elementType).isRecord();
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            String path = field + "[" + i + "]";
            JsonNode bound = null;
            if (element.isNull()) {
                bound = null;
            } else if (records && !element.isObject()) {
                entry.used(path);
                entry.reject(path, "import.problem.expected-object", ImportEntry.typeOf(element));
            } else if (records) {
                bound = checkObject(entry.child(element, path), element, rawClass(elementType), Set.of());
            } else {
                entry.used(path);
                bound = scalar(entry, field, element, rawClass(elementType));
            }
            checked.add(bound == null ? NODES.nullNode() : bound);
        }
        return checked;
    }

    private static JsonNode scalar(ImportEntry entry, String field, JsonNode value, Class<?> type) {
        if (type == String.class) {
            if (value.isIntegralNumber() && NUMBER_AS_TEXT.contains(field)) {
                return NODES.stringNode(value.bigIntegerValue().toString());
            }
            return text(entry, field, value).map(NODES::stringNode).orElse(null);
        }
        if (type == UUID.class) {
            return text(entry, field, value).flatMap(text -> entry.parseUuid(field, text))
                    .map(id -> NODES.stringNode(id.toString())).orElse(null);
        }
        if (type == LocalDate.class) {
            return text(entry, field, value).flatMap(text -> entry.parseDate(field, text))
                    .map(date -> NODES.stringNode(date.toString())).orElse(null);
        }
        if (type == Integer.class || type == int.class) {
            if (!value.canConvertToInt() || !value.isIntegralNumber()) {
                return fail(entry, field, "import.problem.expected-whole-number", ImportEntry.abbreviated(value));
            }
            return NODES.numberNode(value.intValue());
        }
        if (type == Double.class || type == double.class) {
            return value.isNumber() ? NODES.numberNode(value.doubleValue())
                    : fail(entry, field, "import.problem.expected-number", ImportEntry.typeOf(value));
        }
        if (type == BigDecimal.class) {
            return value.isNumber() ? NODES.numberNode(value.decimalValue())
                    : fail(entry, field, "import.problem.expected-number", ImportEntry.typeOf(value));
        }
        if (type == Boolean.class || type == boolean.class) {
            return value.isBoolean() ? NODES.booleanNode(value.booleanValue())
                    : fail(entry, field, "import.problem.expected-boolean", ImportEntry.abbreviated(value));
        }
        throw new IllegalArgumentException("No import binding for " + type + " of " + field);
    }

    /** Text stripped of surrounding space; blank text is no text. */
    private static Optional<String> text(ImportEntry entry, String field, JsonNode value) {
        if (!value.isString()) {
            fail(entry, field, "import.problem.expected-text", ImportEntry.typeOf(value));
            return Optional.empty();
        }
        return Optional.of(value.asString().strip()).filter(text -> !text.isEmpty());
    }

    private static JsonNode fail(ImportEntry entry, String field, String key, Object argument) {
        entry.reject(field, key, argument);
        return null;
    }

    private static boolean isList(Type type) {
        return rawClass(type) == java.util.List.class;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalArgumentException("No import binding for " + type);
    }
}
