package fi.ekokartta.exchange.api;

import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.offering.OfferingStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class HsdsServicesApiTest extends HsdsApiTestBase {

    @Autowired
    private OfferingRepository offerings;

    @Test
    void the_page_object_counts_every_published_service_in_pages_of_the_requested_size() {
        long published = offerings.countByStatus(OfferingStatus.PUBLISHED);
        int lastPage = (int) ((published + 1) / 2);

        JsonNode first = json("/services?per_page=2");
        assertThat(first.get("total_items").asLong()).isEqualTo(published);
        assertThat(first.get("total_pages").asInt()).isEqualTo(lastPage);
        assertThat(first.get("page_number").asInt()).isEqualTo(1);
        assertThat(first.get("size").asInt()).isEqualTo(2);
        assertThat(first.get("first_page").asBoolean()).isTrue();
        assertThat(first.get("last_page").asBoolean()).isFalse();
        assertThat(first.get("empty").asBoolean()).isFalse();
        assertThat(first.get("contents")).hasSize(2);

        JsonNode last = json("/services?per_page=2&page=" + lastPage);
        assertThat(last.get("size").asLong()).isEqualTo(published - 2L * (lastPage - 1));
        assertThat(last.get("first_page").asBoolean()).isFalse();
        assertThat(last.get("last_page").asBoolean()).isTrue();

        JsonNode beyond = json("/services?per_page=2&page=" + (lastPage + 1));
        assertThat(beyond.get("total_items").asLong()).isEqualTo(published);
        assertThat(beyond.get("size").asInt()).isZero();
        assertThat(beyond.get("empty").asBoolean()).isTrue();
        assertThat(beyond.get("contents")).isEmpty();
    }

    @Test
    void every_page_has_fifty_services_unless_asked_otherwise_and_never_more_than_five_hundred() {
        long published = offerings.countByStatus(OfferingStatus.PUBLISHED);

        assertThat(json("/services").get("total_pages").asLong()).isEqualTo((published + 49) / 50);
        assertThat(json("/services?per_page=100000").get("total_pages").asLong()).isEqualTo((published + 499) / 500);
    }

    @Test
    void walking_all_pages_gives_each_published_service_once_and_no_draft_or_archived_one() {
        List<String> ids = ids(allPages("/services", 3));

        assertThat(ids).doesNotHaveDuplicates()
                .containsAll(data.publishedIds.stream().map(UUID::toString).toList())
                .doesNotContain(data.draftId.toString(), data.archivedId.toString());
        assertThat((long) ids.size()).isEqualTo(offerings.countByStatus(OfferingStatus.PUBLISHED));
    }

    @Test
    void services_are_ordered_by_finnish_name_so_that_paging_is_deterministic() {
        List<String> ids = ids(allPages("/services?organization_id=" + data.providerId, 2));

        assertThat(ids).containsExactlyElementsOf(data.publishedIds.stream().map(UUID::toString).toList());
    }

    @Test
    void a_draft_or_archived_service_is_not_found_by_its_id() {
        for (UUID hidden : List.of(data.draftId, data.archivedId)) {
            HttpResponse<String> response = get("/services/" + hidden);
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(JSON.readTree(response.body()).get("detail").asString()).contains(hidden.toString());
        }
    }

    @Test
    void services_can_be_filtered_by_organization_taxonomy_term_and_modification_time() {
        assertThat(ids(allPages("/services?organization_id=" + data.providerId, 50))).hasSize(5);
        assertThat(ids(allPages("/services?taxonomy_term_id=" + data.ptvClassId, 50)))
                .containsExactly(data.publishedIds.getFirst().toString());
        assertThat(ids(allPages("/services?taxonomy_term_id=" + data.targetGroupId, 50)))
                .containsExactly(data.publishedIds.getFirst().toString());
        assertThat(ids(allPages("/services?organization_id=" + data.providerId + "&modified_after=2000-01-01", 50)))
                .hasSize(5);
        assertThat(json("/services?modified_after=2999-01-01T00:00:00Z").get("total_items").asInt()).isZero();
    }
}
