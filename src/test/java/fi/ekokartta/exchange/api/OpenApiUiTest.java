package fi.ekokartta.exchange.api;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The browsable UI of the API's description is public and shows the description we serve. */
class OpenApiUiTest extends HsdsApiTestBase {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void swagger_ui_is_served_without_sign_in_and_points_at_the_served_description() throws Exception {
        HttpResponse<String> page = fetch("/swagger-ui/index.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();

        HttpResponse<String> config = fetch("/v3/api-docs/swagger-config");
        assertThat(config.statusCode()).isEqualTo(200);
        // The HSDS description first; the other exchange endpoints' one beside it.
        JsonNode settings = JSON.readTree(config.body());
        assertThat(settings.get("urls.primaryName").asString()).isEqualTo("HSDS 3.1");
        assertThat(settings.get("urls").valueStream().filter(url -> url.get("name").asString().equals("HSDS 3.1"))
                .map(url -> url.get("url").asString()).toList()).containsExactly("/api/hsds/openapi.json");
        assertThat(JSON.readTree(config.body()).get("supportedSubmitMethods").toString()).isEqualTo("[\"get\"]");
        assertThat(fetch("/swagger-ui.html").statusCode()).isEqualTo(200);
    }

    @Test
    void no_description_is_generated_beside_the_one_we_write() throws Exception {
        assertThat(fetch("/v3/api-docs").statusCode()).isNotEqualTo(200);
    }

    private HttpResponse<String> fetch(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
