package fi.ekokartta.base.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.base.config.EkokarttaProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Share links and QR codes point to the application, whatever the request that made them said. */
class PublicAddressTest extends AbstractAppTest {

    @Autowired
    private PublicAddress unconfigured;

    @Test
    void the_configured_public_address_is_used_whatever_the_request_says() {
        pretendHeaders("evil.example", "https");

        PublicAddress configured = new PublicAddress(properties(URI.create("https://palvelukartta.example.fi/")));

        assertThat(configured.of("palvelu/123")).isEqualTo("https://palvelukartta.example.fi/palvelu/123");
    }

    @Test
    void unset_it_is_the_address_the_server_was_reached_at_not_the_requests_host_or_forwarded_headers() {
        pretendHeaders("evil.example", "https");
        FakeRequest request = fakeRequest();

        String address = unconfigured.of("palvelulista/abc");

        assertThat(request.getHeader("Host")).as("what the request says is readable").isEqualTo("evil.example");
        assertThat(address).isEqualTo("http://" + request.getServerName()
                + (request.getServerPort() == 80 ? "" : ":" + request.getServerPort()) + "/palvelulista/abc");
        assertThat(address).doesNotContain("evil.example").startsWith("http://");
    }

    @Test
    void a_public_address_that_is_not_an_absolute_web_address_stops_the_start() {
        assertThatThrownBy(() -> properties(URI.create("palvelukartta.example.fi")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ekokartta.public-url");
        assertThatThrownBy(() -> properties(URI.create("ftp://palvelukartta.example.fi/")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static EkokarttaProperties properties(URI publicUrl) {
        return new EkokarttaProperties(Path.of("data"), "none", null, null, publicUrl);
    }

    private static void pretendHeaders(String host, String forwardedProto) {
        fakeRequest().getHeaders().put("Host", List.of(host));
        fakeRequest().getHeaders().put("X-Forwarded-Proto", List.of(forwardedProto));
        fakeRequest().getHeaders().put("X-Forwarded-Host", List.of(host));
    }

    private static FakeRequest fakeRequest() {
        return (FakeRequest) ((VaadinServletRequest) VaadinRequest.getCurrent()).getRequest();
    }
}
