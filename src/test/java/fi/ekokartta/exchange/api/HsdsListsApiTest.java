package fi.ekokartta.exchange.api;

import fi.ekokartta.taxonomy.TargetGroup;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The list parameters of HSDS 3.1: forms of the items, the filters of every list, POST, ndjson. */
class HsdsListsApiTest extends HsdsApiTestBase {

    @Test
    void service_items_come_in_list_form_unless_full_or_minimal_is_asked() {
        String provider = "/services?organization_id=" + data.providerId;
        JsonNode listed = json(provider).at("/contents/0");
        JsonNode full = json(provider + "&full=true").at("/contents/0");
        JsonNode minimal = json(provider + "&minimal=true").at("/contents/0");

        assertThat(listed.has("phones")).isFalse();
        assertThat(listed.has("service_at_locations")).isFalse();
        assertThat(listed.get("organization").has("contacts")).isFalse();
        assertThat(listed.get("url").asString()).isEqualTo("https://testitoimija.example/palvelu");
        assertThat(full).isEqualTo(json("/services/" + data.publishedIds.getFirst()));
        assertThat(names(minimal)).containsExactlyInAnyOrder("id", "name", "status", "last_modified");
    }

    @Test
    void taxonomy_id_finds_the_services_with_any_term_of_the_taxonomy() {
        String youth = "/services?organization_id=" + data.providerId + "&taxonomy_id=" + Taxonomies.id(TargetGroup.TAXONOMY);

        assertThat(ids(json(youth).get("contents"))).containsExactly(data.publishedIds.getFirst().toString());
        assertThat(json(youth + "&taxonomy_term_id=" + data.ptvClassId).get("total_items").asInt()).isZero();
        assertThat(json(youth + "&taxonomy_term_id=" + data.targetGroupId).get("total_items").asInt()).isEqualTo(1);
        assertThat(json("/services?taxonomy_id=" + Taxonomies.id(data.otherTaxonomy)).get("total_items").asInt()).isZero();
    }

    @Test
    void organizations_are_found_by_search_and_by_the_terms_of_their_services() {
        assertThat(ids(json("/organizations?search=testitoimija+" + data.token).get("contents")))
                .containsExactly(data.providerId.toString());
        assertThat(ids(json("/organizations?search=" + data.token).get("contents")))
                .containsExactlyInAnyOrder(data.providerId.toString(), data.parentId.toString());
        assertThat(ids(json("/organizations?taxonomy_term_id=" + data.ptvClassId).get("contents")))
                .containsExactly(data.providerId.toString());
        JsonNode listed = json("/organizations?search=testitoimija+" + data.token).at("/contents/0");
        assertThat(listed.has("services")).isFalse();
        assertThat(listed.has("organization_identifiers")).isFalse();
        JsonNode nested = json("/organizations?full_service=true&search=testitoimija+" + data.token).at("/contents/0/services");
        assertThat(nested).hasSize(5);
        assertThat(nested.get(0).has("attributes")).isTrue();
        assertThat(json("/organizations?full=true&search=testitoimija+" + data.token).at("/contents/0/services/0")
                .has("attributes")).isFalse();
    }

    @Test
    void taxonomy_terms_can_be_narrowed_to_the_top_level_a_parent_or_a_search() {
        assertThat(ids(json("/taxonomy_terms?parent_id=" + data.parentClassId).get("contents")))
                .containsExactly(data.ptvClassId.toString());
        assertThat(ids(json("/taxonomy_terms?top_only=true&search=" + data.token).get("contents")))
                .containsExactlyInAnyOrder(data.parentClassId.toString(), data.otherTermId.toString(),
                        data.targetGroupId.toString());
        assertThat(ids(json("/taxonomy_terms?search=jobbsökande+" + data.token).get("contents")))
                .containsExactly(data.ptvClassId.toString());
        assertThat(json("/taxonomies?search=kohderyhm").get("contents").findValuesAsString("name"))
                .containsExactly(TargetGroup.TAXONOMY);
    }

    @Test
    void service_at_locations_are_the_channels_a_service_document_nests() {
        JsonNode service = json("/services/" + data.publishedIds.getFirst());
        JsonNode page = json("/service_at_locations?organization_id=" + data.providerId + "&per_page=3");
        JsonNode pairs = json("/service_at_locations?organization_id=" + data.providerId).get("contents");

        assertThat(page.get("total_items").asInt()).isEqualTo(4);
        assertThat(page.get("total_pages").asInt()).isEqualTo(2);
        assertThat(ids(pairs)).containsExactlyElementsOf(ids(service.get("service_at_locations")));
        for (JsonNode pair : pairs) {
            assertThat(pair.get("service_id").asString()).isEqualTo(service.get("id").asString());
            assertThat(pair.get("service").get("name").asString()).isEqualTo(service.get("name").asString());
            JsonNode alone = json("/service_at_locations/" + pair.get("id").asString());
            assertThat(alone.get("location").get("id")).isEqualTo(pair.get("location_id"));
        }
        assertThat(ids(json("/service_at_locations?search=kauppatie&organization_id=" + data.providerId).get("contents")))
                .containsExactly(pairs.get(0).get("id").asString());
        assertThat(get("/service_at_locations/" + service.at("/phones/0/id").asString()).statusCode()).isEqualTo(404);
    }

    @Test
    void a_list_posted_is_answered_as_the_same_list_got() {
        String query = "/services?organization_id=" + data.providerId + "&per_page=2";
        HttpResponse<String> posted = send("POST", query);

        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(posted.body())).isEqualTo(json(query));
        assertThat(send("POST", "/services/" + data.publishedIds.getFirst()).statusCode()).isEqualTo(405);
    }

    @Test
    void format_ndjson_streams_every_item_one_a_line_without_paging() {
        HttpResponse<String> response = get("/services?format=ndjson&organization_id=" + data.providerId);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/x-ndjson"));
        List<String> lines = response.body().lines().toList();
        assertThat(lines).hasSize(5);
        List<String> streamed = new ArrayList<>();
        lines.forEach(line -> streamed.add(JSON.readTree(line).get("id").asString()));
        assertThat(streamed).containsExactlyElementsOf(ids(json("/services?organization_id=" + data.providerId)
                .get("contents")));
        assertThat(get("/services?format=ndjson&full=true&search=testipalvelu+" + data.token).body().lines()
                .map(line -> JSON.readTree(line).get("attributes"))).hasSize(5).doesNotContainNull();
        assertThat(get("/taxonomy_terms?format=ndjson").body().lines().count())
                .isEqualTo(json("/taxonomy_terms").get("total_items").asLong());
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.propertyNames().forEach(names::add);
        return names;
    }
}
