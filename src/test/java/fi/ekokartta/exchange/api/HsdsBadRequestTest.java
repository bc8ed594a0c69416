package fi.ekokartta.exchange.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class HsdsBadRequestTest extends HsdsApiTestBase {

    @ParameterizedTest(name = "{0} is refused because {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /services?page=0                     | page must be 1 or greater
            /services?page=-3                    | page must be 1 or greater
            /organizations?page=abc              | page must be a whole number, not 'abc'
            /services?per_page=abc               | per_page must be a whole number, not 'abc'
            /taxonomy_terms?per_page=0           | per_page must be between 1 and 500
            /services?page=99999999&per_page=500 | page 99999999 is beyond any result
            /services/abc                        | id must be a UUID
            /organizations/123                   | id must be a UUID
            /taxonomy_terms/x                    | id must be a UUID
            /taxonomies/x                        | id must be a UUID
            /services?organization_id=abc        | organization_id must be a UUID
            /services?taxonomy_term_id=abc       | taxonomy_term_id must be a UUID
            /taxonomy_terms?taxonomy_id=abc      | taxonomy_id must be a UUID
            /services?modified_after=yesterday   | modified_after must be an ISO 8601 date-time
            /services?lang=de                    | lang must be one of fi, sv, en
            """)
    void a_bad_parameter_gets_400_with_a_problem_that_names_it(String path, String message) {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asString()).contains(message);
    }

    @Test
    void a_per_page_above_five_hundred_is_clamped_to_five_hundred() {
        JsonNode page = json("/organizations?per_page=501");

        assertThat(page.get("total_pages").asLong()).isEqualTo((page.get("total_items").asLong() + 499) / 500);
    }

    @Test
    void an_unknown_id_or_path_gets_404_problem_json() {
        for (String path : new String[] {"/services/" + UUID.randomUUID(), "/taxonomy_terms/" + UUID.randomUUID(), "/nothing"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
    }

    @Test
    void the_api_answers_without_login_and_without_a_session() {
        HttpResponse<String> response = get("/services?per_page=1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }
}
