package fi.ekokartta.exchange.api;

import fi.ekokartta.actor.ActorRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Conditional GET (ETag, Last-Modified → 304), language variants and CORS of the API. */
class HsdsHttpCachingTest extends HsdsApiTestBase {

    @Autowired
    private ActorRepository actors;
    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void an_unchanged_list_or_item_is_answered_304_to_its_etag_or_date() {
        for (String path : List.of("/services?organization_id=" + data.providerId, "/organizations/" + data.providerId,
                "/service_at_locations", "/")) {
            HttpResponse<String> first = get(path);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

            assertThat(get(path, "If-None-Match", etag).statusCode()).as(path).isEqualTo(304);
            assertThat(get(path, "If-Modified-Since", lastModified).statusCode()).as(path).isEqualTo(304);
            assertThat(get(path, "If-None-Match", "W/\"other\"").statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void a_change_to_the_content_gives_a_new_etag() {
        String path = "/organizations/" + data.providerId;
        String before = get(path).headers().firstValue("ETag").orElseThrow();

        new TransactionTemplate(transactions).executeWithoutResult(status -> actors.findById(data.parentId)
                .orElseThrow().setAlternateName("Muutettu " + System.nanoTime()));

        HttpResponse<String> after = get(path, "If-None-Match", before);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(before);
    }

    @Test
    void each_language_has_its_own_etag_and_the_answer_varies_by_accept_language() {
        String path = "/services/" + data.publishedIds.getFirst();
        HttpResponse<String> finnish = get(path);
        HttpResponse<String> swedish = get(path, "Accept-Language", "sv");

        assertThat(finnish.headers().firstValue("ETag")).isNotEqualTo(swedish.headers().firstValue("ETag"));
        assertThat(finnish.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).contains("Accept-Language"));
        assertThat(get(path, "Accept-Language", "sv", "If-None-Match", finnish.headers().firstValue("ETag").orElseThrow())
                .statusCode()).isEqualTo(200);
    }

    @Test
    void any_web_page_may_read_the_api_but_not_post_to_it() {
        HttpResponse<String> response = get("/services?per_page=1", "Origin", "https://kunta.example");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(response.headers().firstValue("Access-Control-Expose-Headers")).hasValueSatisfying(
                exposed -> assertThat(exposed).contains("ETag"));
        HttpResponse<String> preflight = send("OPTIONS", "/services", "Origin", "https://kunta.example",
                "Access-Control-Request-Method", "GET");
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET");
        assertThat(send("POST", "/services", "Origin", "https://kunta.example").statusCode()).isEqualTo(403);
    }
}
