package fi.ekokartta.exchange.opendata;

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
import java.util.regex.Pattern;

/**
 * The official HSDS 3.1 schemas, strict as Open Referral checks its examples: compiled service and
 * organization (src/test/resources/tabular/hsds-3.1/compiled), taxonomy and taxonomy term (the
 * application's copy in hsds/3.1/schema), every object closed with {@code additionalProperties: false},
 * formats asserted. The validator library speaks Jackson 2; the documents arrive as JSON text.
 */
final class Hsds31Schemas {

    private static final List<String> HSDS_ANNOTATIONS = List.of("name", "path", "core", "example", "constraints",
            "datapackage_metadata", "datapackage_type", "tabular_required");
    /** RFC 5321 Mailbox; the library's own check refuses the reserved ".example" domains. */
    private static final Pattern MAILBOX = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*");
    private static final ObjectMapper JACKSON2 = new ObjectMapper();

    final JsonSchema service = schema("/tabular/hsds-3.1/compiled/service.json");
    final JsonSchema organization = schema("/tabular/hsds-3.1/compiled/organization.json");
    final JsonSchema taxonomy = schema("/hsds/3.1/schema/taxonomy.json");
    final JsonSchema taxonomyTerm = schema("/hsds/3.1/schema/taxonomy_term.json");

    List<String> problems(JsonSchema schema, String json) {
        try {
            return schema.validate(JACKSON2.readTree(json)).stream().map(ValidationMessage::toString).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema schema(String resource) {
        JsonMetaSchema meta = JsonMetaSchema.builder("https://ekokartta.example/hsds-3.1/meta", JsonMetaSchema.getV202012())
                .keywords(HSDS_ANNOTATIONS.stream().map(NonValidationKeyword::new).toList())
                .format(new Mailbox())
                .build();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.metaSchema(meta).defaultMetaSchemaIri(meta.getIri()));
        return factory.getSchema(strict(read(resource)), SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    }

    /** Inlines {@code $ref}s to the sibling schema files and closes every object schema. */
    private static JsonNode strict(JsonNode schema) {
        if (schema instanceof ObjectNode object) {
            if (object.has("$ref")) {
                return strict(read("/hsds/3.1/schema/" + object.get("$ref").asText()));
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

    private static JsonNode read(String resource) {
        try (InputStream in = Hsds31Schemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing schema " + resource);
            }
            return JACKSON2.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
}
