package fi.ekokartta.exchange.api;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A query parameter as the served OpenAPI describes it: whether it may be repeated (an array) and,
 * for booleans and enumerations, the values it takes. Other values (numbers, ids, dates) are checked
 * where they are parsed.
 */
record DocumentedParameter(String name, boolean repeatable, List<String> allowedValues) {

    private static final List<String> BOOLEANS = List.of("true", "false");

    static DocumentedParameter of(JsonNode parameter) {
        JsonNode schema = parameter.path("schema");
        List<String> allowed = new ArrayList<>();
        if ("boolean".equals(schema.path("type").asString())) {
            allowed.addAll(BOOLEANS);
        }
        schema.path("enum").forEach(value -> allowed.add(value.asString()));
        return new DocumentedParameter(parameter.get("name").asString(), "array".equals(schema.path("type").asString()),
                List.copyOf(allowed));
    }

    /** Refuses a value the description does not allow, naming the parameter and what it takes. */
    void check(String[] values) {
        if (values.length > 1 && !repeatable) {
            throw new BadParameterException("%s may be given only once".formatted(name));
        }
        for (String value : values) {
            if (!allowedValues.isEmpty() && !allowedValues.contains(value)) {
                throw new BadParameterException("%s must be one of %s, not '%s'"
                        .formatted(name, String.join(", ", allowedValues), value));
            }
        }
    }
}
