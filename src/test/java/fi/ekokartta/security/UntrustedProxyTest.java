package fi.ekokartta.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With only another network's proxy trusted, a client on this machine cannot pretend to have come
 * over HTTPS. An application of its own (empty database, no seed), since the setting is read at start.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ekokartta.trusted-proxies=192.0.2.0/24", "ekokartta.seed-data=none"})
class UntrustedProxyTest {

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void ownDataFolder(DynamicPropertyRegistry registry) throws Exception {
        Path folder = Files.createTempDirectory(Files.createDirectories(Path.of("target")).toAbsolutePath(), "untrusted-proxy-");
        registry.add("ekokartta.data-dir", folder::toString);
        registry.add("ekokartta.admin-password", () -> "admin-salasana-123");
    }

    @Test
    void forwarded_headers_from_an_address_that_is_not_a_trusted_proxy_are_ignored() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/hallinta"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9").GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).startsWith("http://localhost:" + port + "/");
        assertThat(answer.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(answer.headers().allValues("Set-Cookie")).noneSatisfy(cookie -> assertThat(cookie).contains("Secure"));
    }
}
