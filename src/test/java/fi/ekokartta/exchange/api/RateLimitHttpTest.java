package fi.ekokartta.exchange.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Anonymous use of the public APIs and search through the widget is rate-limited per client address (60 at once, then 20 a second). */
class RateLimitHttpTest extends HsdsApiTestBase {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int BURST = 60;

    @LocalServerPort
    private int port;

    /** Each test is a fresh client: a full burst. */
    @BeforeEach
    void freshClient() {
        forgetRateLimits();
    }

    @Test
    void a_client_searching_the_api_beyond_its_limit_gets_429_problem_json_with_retry_after() {
        HttpResponse<String> refused = firstRefusal("/api/hsds/services?per_page=1&search=velka");

        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 5L));
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("detail").asString()).contains("Too many requests from this address");
    }

    @Test
    void the_bare_api_root_is_limited_like_the_paths_under_it() {
        HttpResponse<String> refused = firstRefusal("/api/hsds");

        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(refused.body()).get("status").asInt()).isEqualTo(429);
    }

    /** The PTV export is made on each request and the open-data files are big: both are limited like the HSDS API. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/ptv/v11/services", "/api/ptv/v11/channels", "/api/avoin-data/ekokartta-hsds-xx.json"})
    void the_other_public_apis_are_limited_too(String path) {
        int answered = 0;
        HttpResponse<String> response = send(path);
        while (response.statusCode() != 429 && answered < 20 * BURST) {
            answered++;
            response = send(path);
        }

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(answered).as("requests answered (here with 400 or 404) before the refusal").isGreaterThanOrEqualTo(BURST);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(JSON.readTree(response.body()).get("status").asInt()).isEqualTo(429);
    }

    @Test
    void a_client_searching_the_widget_beyond_its_limit_gets_429_with_a_polite_page_in_its_language() {
        HttpResponse<String> refused = firstRefusal("/upota?q=velka&lang=en");

        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(refused.body()).contains("lang=\"en\"").contains("Very many searches have come from this address");
    }

    @Test
    void a_client_within_its_limit_is_answered() {
        for (int i = 0; i < BURST / 2; i++) {
            assertThat(send("/api/hsds/services?per_page=1&search=velka").statusCode()).isEqualTo(200);
        }
    }

    /** Sends requests as fast as one client can until one is refused; at least the burst is answered first. */
    private HttpResponse<String> firstRefusal(String path) {
        for (int i = 0; i < 20 * BURST; i++) {
            HttpResponse<String> response = send(path);
            if (response.statusCode() != 200) {
                assertThat(response.statusCode()).isEqualTo(429);
                assertThat(i).as("requests answered before the refusal").isGreaterThanOrEqualTo(BURST);
                return response;
            }
        }
        throw new AssertionError("no request was refused");
    }

    private HttpResponse<String> send(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
