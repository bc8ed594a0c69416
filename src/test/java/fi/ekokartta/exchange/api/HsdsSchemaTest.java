package fi.ekokartta.exchange.api;

import com.networknt.schema.JsonSchema;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every document the API returns for the test data is valid against the official compiled HSDS
 * schemas with additionalProperties false everywhere, in every language.
 */
class HsdsSchemaTest extends HsdsApiTestBase {

    private final HsdsSchemas schemas = new HsdsSchemas();

    @Test
    void the_strict_schemas_reject_a_field_hsds_does_not_define() {
        String service = "{\"id\": \"%s\", \"name\": \"x\", \"status\": \"active\", \"referral_instructions\": \"x\"}"
                .formatted(UUID.randomUUID());

        assertThat(schemas.problems(schemas.service, service)).singleElement().asString().contains("referral_instructions");
        assertThat(schemas.problems(schemas.taxonomyTerm, "{\"id\": \"not-a-uuid\", \"name\": \"x\", \"description\": \"\"}"))
                .isNotEmpty();
    }

    @Test
    void services_are_valid_compiled_hsds_services() {
        for (String lang : List.of("fi", "sv", "en")) {
            for (UUID id : data.publishedIds) {
                assertValid(schemas.service, "/services/" + id + "?lang=" + lang);
            }
            assertValidPage(schemas.service, "/services?organization_id=" + data.providerId + "&lang=" + lang);
        }
    }

    @Test
    void organizations_are_valid_compiled_hsds_organizations() {
        for (String lang : List.of("fi", "sv", "en")) {
            assertValid(schemas.organization, "/organizations/" + data.providerId + "?lang=" + lang);
            assertValid(schemas.organization, "/organizations/" + data.parentId + "?lang=" + lang);
        }
        assertValidPage(schemas.organization, "/organizations?per_page=500");
    }

    @Test
    void taxonomies_and_terms_are_valid_hsds_taxonomies_and_terms() {
        for (UUID id : List.of(data.parentClassId, data.ptvClassId, data.otherTermId, data.targetGroupId)) {
            assertValid(schemas.taxonomyTerm, "/taxonomy_terms/" + id + "?lang=sv");
        }
        assertValidPage(schemas.taxonomyTerm, "/taxonomy_terms?per_page=500");
        JsonNode taxonomies = json("/taxonomies");
        assertValidPage(schemas.taxonomy, "/taxonomies");
        for (JsonNode taxonomy : taxonomies.get("contents")) {
            assertValid(schemas.taxonomy, "/taxonomies/" + taxonomy.get("id").asString());
        }
    }

    private void assertValid(JsonSchema schema, String path) {
        String body = json(path).toString();
        assertThat(schemas.problems(schema, body)).as("GET %s%n%s", path, body).isEmpty();
    }

    private void assertValidPage(JsonSchema itemSchema, String path) {
        JsonNode page = json(path);
        assertThat(schemas.problems(schemas.page, page.toString())).as("page of GET %s", path).isEmpty();
        for (JsonNode item : page.get("contents")) {
            assertThat(schemas.problems(itemSchema, item.toString())).as("item of GET %s%n%s", path, item).isEmpty();
        }
    }
}
