package fi.ekokartta.security;

import fi.ekokartta.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an anonymous visitor gets over plain HTTP, with no browser and no Vaadin session. */
class SecurityConfigurationTest extends AbstractIntegrationTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    private int port;

    @Test
    void anonymous_visitor_gets_the_stylesheet() throws Exception {
        HttpResponse<String> response = get("/styles/ekokartta.css");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/css"));
    }

    @Test
    void anonymous_visitor_gets_the_front_page_and_the_login_page() throws Exception {
        assertEquals(200, get("/").statusCode());
        assertEquals(200, get("/login").statusCode());
    }

    @Test
    void anonymous_visitor_is_redirected_from_management_to_login() throws Exception {
        HttpResponse<String> response = get("/hallinta");

        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith("/login"));
    }

    @Test
    void only_the_embeddable_widget_may_be_framed_by_other_sites() throws Exception {
        for (String path : new String[] {"/", "/palvelut", "/login", "/styles/ekokartta.css"}) {
            HttpResponse<String> page = get(path);
            assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(null), path);
            assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow().endsWith("frame-ancestors 'none'"), path);
            assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(null), path);
        }

        HttpResponse<String> widget = get("/upota?municipality=208");
        assertEquals(200, widget.statusCode());
        assertTrue(widget.headers().firstValue("X-Frame-Options").isEmpty());
        assertTrue(widget.headers().firstValue("Content-Security-Policy").orElseThrow().endsWith("frame-ancestors *"));
    }

    @Test
    void health_and_api_are_open_without_sign_in() throws Exception {
        assertNotRedirectedToLogin(get("/actuator/health"));
        assertNotRedirectedToLogin(get("/api/hsds/services"));
    }

    @Test
    void api_takes_no_csrf_token() throws Exception {
        HttpRequest post = HttpRequest.newBuilder(uri("/api/hsds/services"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build();

        assertNotEquals(403, http.send(post, HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    private static void assertNotRedirectedToLogin(HttpResponse<String> response) {
        assertNotEquals(401, response.statusCode());
        assertNotEquals(403, response.statusCode());
        assertTrue(response.headers().firstValue("Location").filter(location -> location.endsWith("/login")).isEmpty());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
