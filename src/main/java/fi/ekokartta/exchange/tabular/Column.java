package fi.ekokartta.exchange.tabular;

/**
 * A scalar property of an HSDS object, one column of its CSV file.
 *
 * @param type   the JSON Schema type: string, number, integer or boolean
 * @param format the JSON Schema format (uuid, date, date-time, uri, email) or null
 */
public record Column(String name, String type, String format) {

    boolean isNumber() {
        return "number".equals(type) || "integer".equals(type);
    }

    boolean isBoolean() {
        return "boolean".equals(type);
    }
}
