package fi.ekokartta.security;

import fi.ekokartta.AbstractIntegrationTest;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The headers every answer carries, and what a TLS proxy in front changes. */
class SecurityHeadersTest extends AbstractIntegrationTest {

    private static final String[] ANSWERS = {"/", "/login", "/styles/ekokartta.css", "/api/hsds/services?per_page=1",
            "/upota?municipality=208"};

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    private int port;
    @Autowired
    private WebServerApplicationContext context;

    @Test
    void pages_static_files_the_api_and_the_widget_carry_a_content_security_policy_and_the_referrer_policy()
            throws Exception {
        for (String path : ANSWERS) {
            HttpResponse<String> answer = get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.headers().firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
            String policy = answer.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(policy).as(path).contains("default-src 'self'", "object-src 'none'", "base-uri 'self'");
            assertThat(policy).as(path).endsWith(path.startsWith("/upota") ? "frame-ancestors *" : "frame-ancestors 'none'");
        }
    }

    @Test
    void static_files_may_be_cached_and_everything_else_is_not_stored_with_one_cache_control_header() throws Exception {
        for (String path : ANSWERS) {
            HttpResponse<String> answer = get(path);
            assertThat(answer.headers().allValues("Cache-Control")).as(path).hasSize(1);
            assertThat(answer.headers().firstValue("Pragma")).as(path).isEmpty();
            assertThat(answer.headers().firstValue("Expires")).as(path).isEmpty();
            String cacheControl = answer.headers().firstValue("Cache-Control").orElseThrow();
            if (path.startsWith("/styles/")) {
                // Vaadin's static file server: max-age=3600 in production mode, no-cache in development
                assertThat(cacheControl).as(path).isIn("max-age=3600", "no-cache");
            } else {
                assertThat(cacheControl).as(path).isEqualTo("no-store");
            }
        }
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax_and_not_secure_over_plain_http() throws Exception {
        String cookie = sessionCookie(get("/hallinta"));

        assertThat(cookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        assertThat(get("/").headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void behind_a_trusted_tls_proxy_the_cookie_is_secure_hsts_is_sent_and_redirects_stay_on_https() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/hallinta"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Port", "443").GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).startsWith("https://").endsWith("/login"));
        assertThat(sessionCookie(answer)).contains("Secure", "HttpOnly", "SameSite=Lax");
        assertThat(answer.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age="));
    }

    @Test
    void only_the_configured_proxies_are_believed() {
        Valve[] valves = ((TomcatWebServer) context.getWebServer()).getTomcat().getEngine().getPipeline().getValves();
        RemoteIpValve remoteIp = Arrays.stream(valves).filter(RemoteIpValve.class::isInstance)
                .map(RemoteIpValve.class::cast).findFirst().orElseThrow();

        assertThat(remoteIp.getInternalProxies()).contains("127.0.0.0/8", "10.0.0.0/8").doesNotContain("0.0.0.0/0");
        assertThat(remoteIp.getProtocolHeader()).isEqualTo("X-Forwarded-Proto");
    }

    private static String sessionCookie(HttpResponse<String> answer) {
        return answer.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
