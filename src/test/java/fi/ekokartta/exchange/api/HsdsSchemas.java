package fi.ekokartta.exchange.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Format;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The official HSDS 3.1 schemas (src/test/resources/hsds-3.1) made strict the way Open Referral
 * checks its own examples: every object schema gets {@code additionalProperties: false}, so a field
 * HSDS does not define fails. Formats (uuid, uri, email, date-time) are asserted too.
 * <p>
 * The validator library uses Jackson 2 ({@code com.fasterxml.jackson}); the application and the
 * other tests use Jackson 3. The two meet only as JSON text.
 */
public final class HsdsSchemas {

    /** Keywords of the HSDS data-package tooling that carry no validation meaning. */
    private static final List<String> HSDS_ANNOTATIONS = List.of("name", "path", "core", "example", "constraints",
            "datapackage_metadata", "datapackage_type", "tabular_required");
    /**
     * RFC 5321 Mailbox, which is what JSON Schema's "email" format means. The library's own check
     * also demands a top-level domain from IANA's list and so refuses the reserved ".example"
     * addresses the seed data uses.
     */
    private static final Pattern MAILBOX = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*");
    private static final String FOLDER = "/hsds-3.1/";
    /** Where the HSDS OpenAPI (3.1 too) points its schema references; the same files are in {@link #FOLDER}. */
    static final String OFFICIAL_BASE = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";
    private static final ObjectMapper JACKSON2 = new ObjectMapper();

    public final JsonSchema service = schema("compiled/service.json");
    public final JsonSchema organization = schema("compiled/organization.json");
    final JsonSchema serviceList = schema("compiled/service_list.json");
    final JsonSchema organizationList = schema("compiled/organization_list.json");
    final JsonSchema serviceAtLocation = schema("compiled/service_at_location.json");
    final JsonSchema serviceAtLocationList = schema("compiled/service_at_location_list.json");
    public final JsonSchema taxonomy = schema("taxonomy.json");
    public final JsonSchema taxonomyTerm = schema("taxonomy_term.json");
    /** The openapi Page object with its contents; each item is validated against its own schema. */
    final JsonSchema page = schema(page());

    /** The strict schema of a file the OpenAPI names by its official address. */
    JsonSchema named(String officialAddress) {
        if (!officialAddress.startsWith(OFFICIAL_BASE)) {
            throw new IllegalArgumentException("Not an HSDS schema address: " + officialAddress);
        }
        return schema(officialAddress.substring(OFFICIAL_BASE.length()));
    }

    /** A schema given inline (the API meta information of GET /), made strict. */
    JsonSchema inline(String schemaJson) {
        try {
            return schema(strict(JACKSON2.readTree(schemaJson)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems of a document, as readable messages; empty when it is valid. */
    public List<String> problems(JsonSchema schema, String json) {
        try {
            Set<ValidationMessage> messages = schema.validate(JACKSON2.readTree(json));
            return messages.stream().map(ValidationMessage::toString).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema schema(String file) {
        return schema(strict(read(file)));
    }

    private static JsonSchema schema(JsonNode strictSchema) {
        JsonMetaSchema meta = JsonMetaSchema.builder("https://ekokartta.example/hsds-3.1/meta", JsonMetaSchema.getV202012())
                .keywords(HSDS_ANNOTATIONS.stream().map(NonValidationKeyword::new).toList())
                .format(new Mailbox())
                .build();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.metaSchema(meta).defaultMetaSchemaIri(meta.getIri()));
        return factory.getSchema(strictSchema, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    }

    private static JsonNode page() {
        JsonNode pageSchema = read("openapi.json").at("/components/schemas/Page").deepCopy();
        ObjectNode properties = (ObjectNode) pageSchema.get("properties");
        properties.putObject("contents").put("type", "array");
        ArrayNode required = ((ObjectNode) pageSchema).putArray("required");
        properties.fieldNames().forEachRemaining(required::add);
        return strict(pageSchema);
    }

    /**
     * Inlines {@code $ref}s to sibling files (the non-compiled taxonomy schemas use them) and closes
     * every object schema, as compiletojsonschema does with additionalProperties set to false.
     */
    private static JsonNode strict(JsonNode schema) {
        if (schema instanceof ObjectNode object) {
            if (object.has("$ref")) {
                String ref = object.get("$ref").asText();
                return strict(read(ref.startsWith(OFFICIAL_BASE) ? ref.substring(OFFICIAL_BASE.length()) : ref));
            }
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                field.setValue(strict(field.getValue()));
            }
            if ("object".equals(object.path("type").asText()) && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
        } else if (schema instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, strict(array.get(i)));
            }
        }
        return schema;
    }

    private static final class Mailbox implements Format {

        @Override
        public String getName() {
            return "email";
        }

        @Override
        public boolean matches(ExecutionContext context, String value) {
            return MAILBOX.matcher(value).matches();
        }
    }

    private static JsonNode read(String file) {
        try (InputStream in = HsdsSchemas.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing schema " + FOLDER + file);
            }
            return JACKSON2.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
