package fi.ekokartta.exchange.api;

import com.networknt.schema.JsonSchema;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint, with each documented parameter, answers documents valid against the official
 * HSDS 3.1 schema that the served OpenAPI names for it (for lists: for the items in the form the
 * parameters ask for), with additionalProperties false everywhere, in every language.
 */
class HsdsSchemaTest extends HsdsApiTestBase {

    private static final String BASE = HsdsSchemas.OFFICIAL_BASE;
    private final HsdsSchemas schemas = new HsdsSchemas();
    private JsonNode openApi;

    @Test
    void the_strict_schemas_reject_a_field_hsds_does_not_define() {
        String service = "{\"id\": \"%s\", \"name\": \"x\", \"status\": \"active\", \"referral_instructions\": \"x\"}"
                .formatted(UUID.randomUUID());
        String fullItem = "{\"id\": \"%s\", \"name\": \"x\", \"status\": \"active\", \"phones\": []}".formatted(UUID.randomUUID());

        assertThat(schemas.problems(schemas.service, service)).singleElement().asString().contains("referral_instructions");
        assertThat(schemas.problems(schemas.serviceList, fullItem)).singleElement().asString().contains("phones");
        assertThat(schemas.problems(schemas.taxonomyTerm, "{\"id\": \"not-a-uuid\", \"name\": \"x\", \"description\": \"\"}"))
                .isNotEmpty();
    }

    @Test
    void service_lists_have_items_in_the_form_their_parameters_ask_for() {
        String provider = "organization_id=" + data.providerId;
        for (String lang : List.of("fi", "sv", "en")) {
            assertValidPage("/services", "/services?" + provider + "&lang=" + lang, "compiled/service_list.json", 5);
            assertValidPage("/services", "/services?" + provider + "&full=true&lang=" + lang, "compiled/service.json", 5);
        }
        assertValidPage("/services", "/services?" + provider + "&minimal=true", "compiled/service_list.json", 5);
        assertValidPage("/services", "/services?taxonomy_term_id=" + data.ptvClassId, "compiled/service_list.json", 1);
        assertValidPage("/services", "/services?taxonomy_id=" + Taxonomies.id(data.otherTaxonomy), "compiled/service_list.json", 0);
        assertValidPage("/services", "/services?" + provider + "&modified_after=2000-01-01", "compiled/service_list.json", 5);
        assertValidPage("/services", "/services?search=Testipalvelu+" + data.token, "compiled/service_list.json", 5);
        assertValidPage("/services", "/services?search=Testipalvelu+" + data.token + "&full=true", "compiled/service.json", 5);
        assertValidPage("/services", "/services?search=Testipalvelu+" + data.token + "&minimal=true",
                "compiled/service_list.json", 5);
        assertValidPage("/services", "/services?" + provider + "&municipality=977&language=fi&target_group="
                + data.targetGroupId, "compiled/service_list.json", 1);
        assertValidPage("/services", "/services?per_page=500", "compiled/service_list.json", 1);
    }

    @Test
    void services_are_valid_compiled_hsds_services() {
        for (String lang : List.of("fi", "sv", "en")) {
            for (UUID id : data.publishedIds) {
                assertValidItem("/services/{id}", "/services/" + id + "?lang=" + lang, "compiled/service.json");
            }
        }
    }

    @Test
    void organizations_are_valid_in_list_and_compiled_form() {
        for (String lang : List.of("fi", "sv", "en")) {
            assertValidItem("/organizations/{id}", "/organizations/" + data.providerId + "?lang=" + lang,
                    "compiled/organization.json");
            assertValidItem("/organizations/{id}", "/organizations/" + data.providerId + "?full_service=true&lang=" + lang,
                    "compiled/organization.json");
            assertValidItem("/organizations/{id}", "/organizations/" + data.parentId + "?lang=" + lang,
                    "compiled/organization.json");
        }
        String search = "search=" + data.token;
        assertValidPage("/organizations", "/organizations?per_page=500", "compiled/organization_list.json", 2);
        assertValidPage("/organizations", "/organizations?" + search, "compiled/organization_list.json", 2);
        assertValidPage("/organizations", "/organizations?" + search + "&full=true", "compiled/organization.json", 2);
        assertValidPage("/organizations", "/organizations?" + search + "&full_service=true", "compiled/organization.json", 2);
        assertValidPage("/organizations", "/organizations?taxonomy_term_id=" + data.ptvClassId,
                "compiled/organization_list.json", 1);
        assertValidPage("/organizations", "/organizations?taxonomy_id=" + Taxonomies.id("ekokartta-kohderyhma"),
                "compiled/organization_list.json", 1);
    }

    @Test
    void taxonomies_and_terms_are_valid_hsds_taxonomies_and_terms() {
        for (UUID id : List.of(data.parentClassId, data.ptvClassId, data.otherTermId, data.targetGroupId)) {
            assertValidItem("/taxonomy_terms/{id}", "/taxonomy_terms/" + id + "?lang=sv", "taxonomy_term.json");
        }
        assertValidPage("/taxonomy_terms", "/taxonomy_terms?per_page=500", "taxonomy_term.json", 4);
        assertValidPage("/taxonomy_terms", "/taxonomy_terms?search=" + data.token, "taxonomy_term.json", 4);
        assertValidPage("/taxonomy_terms", "/taxonomy_terms?parent_id=" + data.parentClassId, "taxonomy_term.json", 1);
        assertValidPage("/taxonomy_terms", "/taxonomy_terms?top_only=true&search=" + data.token, "taxonomy_term.json", 3);
        assertValidPage("/taxonomy_terms", "/taxonomy_terms?taxonomy_id=" + Taxonomies.id(data.otherTaxonomy),
                "taxonomy_term.json", 1);
        JsonNode taxonomies = json("/taxonomies?per_page=500");
        assertValidPage("/taxonomies", "/taxonomies", "taxonomy.json", 1);
        assertValidPage("/taxonomies", "/taxonomies?search=" + data.token, "taxonomy.json", 1);
        for (JsonNode taxonomy : taxonomies.get("contents")) {
            assertValidItem("/taxonomies/{id}", "/taxonomies/" + taxonomy.get("id").asString(), "taxonomy.json");
        }
    }

    @Test
    void service_at_locations_are_valid_in_list_and_compiled_form() {
        String provider = "organization_id=" + data.providerId;
        List<String> ids = new ArrayList<>();
        for (String lang : List.of("fi", "sv", "en")) {
            JsonNode page = assertValidPage("/service_at_locations", "/service_at_locations?" + provider + "&lang=" + lang,
                    "compiled/service_at_location_list.json", 3);
            page.get("contents").forEach(item -> ids.add(item.get("id").asString()));
            assertValidPage("/service_at_locations", "/service_at_locations?" + provider + "&full=true&lang=" + lang,
                    "compiled/service_at_location.json", 3);
        }
        assertValidPage("/service_at_locations", "/service_at_locations?search=" + data.token,
                "compiled/service_at_location_list.json", 3);
        assertValidPage("/service_at_locations", "/service_at_locations?taxonomy_term_id=" + data.targetGroupId
                + "&modified_after=2000-01-01", "compiled/service_at_location_list.json", 3);
        for (String id : ids) {
            assertValidItem("/service_at_locations/{id}", "/service_at_locations/" + id,
                    "compiled/service_at_location.json");
        }
    }

    @Test
    void the_root_is_valid_api_meta_information() {
        JsonNode schema = openApi().at("/paths/~1/get/responses/200/content/application~1json/schema");
        JsonNode root = json("/");

        assertThat(schemas.problems(schemas.inline(schema.toString()), root.toString())).as(root.toString()).isEmpty();
        assertThat(root.get("version").asString()).isEqualTo("3.1");
        assertThat(root.get("openapi_url").asString()).endsWith("/api/hsds/openapi.json");
    }

    private JsonNode openApi() {
        if (openApi == null) {
            openApi = json("/openapi.json");
        }
        return openApi;
    }

    /** The schema the served OpenAPI names for a path's GET answer (for lists: the item schemas). */
    private List<String> namedSchemas(String template) {
        JsonNode schema = openApi().get("paths").get(template).get("get").at("/responses/200/content")
                .get("application/json").get("schema");
        JsonNode items = schema.at("/properties/contents/items");
        List<String> named = new ArrayList<>();
        JsonNode target = items.isMissingNode() ? schema : items;
        if (target.has("$ref")) {
            named.add(target.get("$ref").asString());
        }
        target.path("anyOf").forEach(option -> named.add(option.get("$ref").asString()));
        return named;
    }

    private void assertValidItem(String template, String path, String schemaFile) {
        assertThat(namedSchemas(template)).as("schema the OpenAPI names for %s", template).contains(BASE + schemaFile);
        forgetRateLimits();
        String body = json(path).toString();
        JsonSchema schema = schemas.named(BASE + schemaFile);
        assertThat(schemas.problems(schema, body)).as("GET %s%n%s", path, body).isEmpty();
    }

    /** Checks the page and its items, and that there are at least so many to check. */
    private JsonNode assertValidPage(String template, String path, String itemFile, int atLeast) {
        List<String> named = namedSchemas(template);
        assertThat(named).as("item schemas the OpenAPI names for %s", template).contains(BASE + itemFile);
        if (!path.contains("full=true") && !path.contains("full_service=true")) {
            assertThat(named.getFirst()).as("default item form of %s", template).isEqualTo(BASE + itemFile);
        }
        forgetRateLimits();
        JsonNode page = json(path);
        assertThat(schemas.problems(schemas.page, page.toString())).as("page of GET %s", path).isEmpty();
        assertThat(page.get("contents").size()).as("items of GET %s", path).isGreaterThanOrEqualTo(atLeast);
        JsonSchema itemSchema = schemas.named(BASE + itemFile);
        for (JsonNode item : page.get("contents")) {
            assertThat(schemas.problems(itemSchema, item.toString())).as("item of GET %s%n%s", path, item).isEmpty();
        }
        return page;
    }
}
