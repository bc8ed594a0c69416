package fi.ekokartta.exchange.api;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The service list's full-text search and extension filters, over the seed data. */
class HsdsServiceSearchApiTest extends HsdsApiTestBase {

    @Test
    void search_orders_services_by_relevance() {
        JsonNode page = json("/services?search=velkaneuvonta&per_page=5");

        assertThat(names(page).subList(0, 2))
                .containsExactlyInAnyOrder("Talous- ja velkaneuvonta", "Velkalinja – neuvontaa puhelimessa ja chatissa");
        assertThat(page.get("total_items").asLong()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void a_service_found_by_search_is_the_same_document_as_its_own_address_gives() {
        for (String language : List.of("fi", "sv")) {
            for (int call = 0; call < 2; call++) {
                JsonNode found = json("/services?search=velkaneuvonta&full=true&per_page=1&lang=" + language).get("contents").get(0);
                assertThat(found).as("%s, call %d", language, call)
                        .isEqualTo(json("/services/" + found.get("id").asString() + "?lang=" + language));
            }
        }
    }

    @Test
    void municipality_language_and_target_group_filter_the_services() {
        for (JsonNode service : json("/services?municipality=746&full=true&per_page=500").get("contents")) {
            assertThat(service.get("service_areas").toString()).contains("/code/746");
        }
        for (JsonNode service : json("/services?language=sv&full=true&per_page=500").get("contents")) {
            assertThat(service.get("languages").toString()).contains("\"code\":\"sv\"");
        }
        JsonNode young = json("/services?target_group=nuoret&search=työpaja");
        assertThat(names(young)).contains("Ylivieskan nuorten työpaja");
    }

    @Test
    void search_texts_come_in_the_requested_language() {
        assertThat(names(json("/services?search=skuldrådgivning&lang=sv")).getFirst()).isEqualTo("Ekonomi- och skuldrådgivning");
    }

    @Test
    void bad_filter_values_are_refused_with_a_clear_message() {
        assertThat(problem("/services?municipality=Kalajoki").get("detail").asString())
                .isEqualTo("municipality must be a three-digit municipality code such as 977, not 'Kalajoki'");
        assertThat(problem("/services?target_group=astronautit").get("detail").asString())
                .isEqualTo("target_group 'astronautit' is not a target group code or id");
        assertThat(problem("/services?search=velka&modified_after=2026-01-01").get("detail").asString())
                .contains("modified_after cannot be combined with search");
    }

    @Test
    void the_openapi_description_documents_the_search_and_the_extension_filters() {
        JsonNode description = json("/openapi.json");

        assertThat(description.get("openapi").asString()).startsWith("3.");
        List<String> parameters = new ArrayList<>();
        description.at("/paths/~1services/get/parameters").forEach(p -> parameters.add(p.get("$ref").asString()));
        assertThat(parameters).contains("#/components/parameters/search", "#/components/parameters/municipality",
                "#/components/parameters/language", "#/components/parameters/target_group");
        assertThat(description.at("/components/parameters/municipality/description").asString()).contains("Statistics Finland");
    }

    @Test
    void the_openapi_description_documents_the_refusals_of_every_operation() {
        JsonNode description = json("/openapi.json");

        description.get("paths").properties().forEach(path -> {
            JsonNode responses = path.getValue().at("/get/responses");
            assertThat(responses.at("/400/$ref").asString()).as(path.getKey()).isEqualTo("#/components/responses/BadRequest");
            assertThat(responses.at("/429/$ref").asString()).as(path.getKey()).isEqualTo("#/components/responses/TooManyRequests");
        });
        assertThat(description.at("/paths/~1services~1{id}/get/responses/404/$ref").asString())
                .isEqualTo("#/components/responses/NotFound");
        assertThat(description.at("/components/responses/TooManyRequests/headers/Retry-After").isObject()).isTrue();
        assertThat(description.at("/components/responses/BadRequest/description").asString()).contains("500 characters");
    }

    private JsonNode problem(String path) {
        var response = get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return JSON.readTree(response.body());
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("contents").forEach(service -> names.add(service.get("name").asString()));
        return names;
    }
}
