package fi.ekokartta.exchange.api;

import fi.ekokartta.RawHttp;
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

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource(delimiter = '|', textBlock = """
            /services?search=%ff%fe                               | search
            /services?search=%c0%af                               | search
            /services?search=%zz                                  | search
            /services?search=%e2%82                               | search
            /services?search=abc%                                 | search
            /services?search=%00                                  | search
            /services?%ff=1                                       | parameter
            /organizations?page=1&lang=%ff                        | lang
            /services?modified_after=%2B999999999-12-31T23:59:59Z | modified_after
            /services?modified_after=-4714-01-01                  | modified_after
            /services?modified_after=0001-01-01                   | modified_after
            /services?modified_after=10000-01-01T00:00:00Z        | modified_after
            """)
    void an_undecodable_or_out_of_range_parameter_gets_400_problem_json_naming_it(String target, String name) {
        RawHttp.Response response = RawHttp.get(port(), "/api/hsds" + target);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asString()).contains(name);
    }

    @Test
    void modified_after_within_the_accepted_years_is_answered() {
        assertThat(get("/services?modified_after=1900-01-01").statusCode()).isEqualTo(200);
        assertThat(get("/services?modified_after=9999-12-31T23:59:59Z").statusCode()).isEqualTo(200);
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
