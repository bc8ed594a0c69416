package fi.ekokartta.directory.embed;

import fi.ekokartta.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The widget as a municipality's web page loads it: plain HTML over HTTP, no session. */
class EmbedControllerTest extends AbstractIntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Test
    void widget_lists_a_municipalitys_services_of_a_class_in_its_language() throws Exception {
        HttpResponse<String> response = get("/upota?municipality=208&class=1.3&lang=sv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        String html = response.body();
        assertThat(html).contains("<html lang=\"sv\">").contains("Kalajoki");
        assertThat(html).contains("target=\"_blank\"").contains("href=\"palvelu/");
        assertThat(html).contains("name=\"municipality\" value=\"208\"");
        assertThat(html).doesNotContain("<script");
    }

    @Test
    void widget_search_narrows_the_list() throws Exception {
        String all = get("/upota?municipality=208").body();
        String debt = get("/upota?municipality=208&q=velkaneuvonta").body();

        assertThat(count(debt, "<li>")).isPositive().isLessThan(count(all, "<li>"));
        assertThat(debt).contains("value=\"velkaneuvonta\"");
    }

    @Test
    void unknown_codes_get_a_clear_message_and_no_list() throws Exception {
        HttpResponse<String> response = get("/upota?class=ei-ole");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Tuntematon palveluluokka: ei-ole").doesNotContain("<li>");
    }

    @Test
    void a_text_beyond_the_limits_is_searched_from_its_beginning_with_a_note() throws Exception {
        String words = ("velkaneuvonta" + "+sana".repeat(40));
        HttpResponse<String> response = get("/upota?lang=en&q=" + words);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("only its beginning was searched (at most 32 words and 500 characters)")
                .contains("<li>");
    }

    @Test
    void typed_text_is_escaped() throws Exception {
        String html = get("/upota?q=%3Cscript%3Ealert(1)%3C/script%3E").body();

        assertThat(html).doesNotContain("<script>alert(1)").contains("&lt;script&gt;");
    }

    private static int count(String text, String part) {
        return text.split(part, -1).length - 1;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
