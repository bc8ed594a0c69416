package fi.ekokartta.base.web;

import fi.ekokartta.AbstractIntegrationTest;
import fi.ekokartta.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests no browser sends, on the pages (the API's own answers are in HsdsBadRequestTest). */
class OddRequestTest extends AbstractIntegrationTest {

    @LocalServerPort
    private int port;

    @ParameterizedTest(name = "/haku?q={0} gets the application's own 400 page")
    @ValueSource(strings = {"%ff%fe", "%c0%af", "%zz", "%e2%82", "abc%", "%00"})
    void a_page_address_with_undecodable_or_control_characters_gets_a_400_page(String value) {
        RawHttp.Response response = RawHttp.get(port, "/haku?q=" + value);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("text/html");
        assertThat(response.body()).contains("<html lang=\"fi\"").contains("Virheellinen pyyntö").contains("Bad request");
        assertThat(response.body()).doesNotContain("Apache Tomcat").doesNotContain("Exception");
    }

    @Test
    void an_address_over_the_servers_limit_gets_the_applications_own_page() {
        RawHttp.Response response = RawHttp.get(port, "/haku?q=" + "a".repeat(20_000));

        assertThat(response.status()).isIn(400, 414);
        assertThat(response.header("Content-Type")).startsWith("text/html");
        assertThat(response.body()).contains("<html lang=\"fi\"").contains("Osoite on liian pitkä");
        assertThat(response.body()).doesNotContain("Apache Tomcat").doesNotContain("HTTP Status");
    }

    @Test
    void api_headers_over_the_servers_limit_get_problem_json() {
        RawHttp.Response response = RawHttp.get(port, "/api/hsds/services", "Cookie: x=" + "a".repeat(20_000));

        assertThat(response.status()).isIn(400, 414);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"status\":" + response.status());
    }

    /** The view then searches the text's beginning and says so (SearchViewTest). */
    @Test
    void a_search_text_of_five_thousand_characters_opens_the_search_page() {
        RawHttp.Response response = RawHttp.get(port, "/haku?q=" + "velka%20ty%C3%B6kokeilu%20".repeat(300));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("Apache Tomcat").doesNotContain("HTTP Status");
    }

    @Test
    void a_plain_search_address_still_works() {
        assertThat(RawHttp.get(port, "/haku?q=ty%C3%B6kokeilu").status()).isEqualTo(200);
    }
}
