package fi.ekokartta.paths.web;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.paths.PathFixture;
import fi.ekokartta.paths.ServicePath;
import fi.ekokartta.paths.ServicePathRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The path widget other sites frame: plain HTML, framing allowed, links opening the cards in a new window. */
class PathWidgetOverHttpTest extends AbstractAppTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;
    @Autowired
    private ServicePathRepository repository;
    @Autowired
    private OfferingRepository offerings;
    @Autowired
    private JdbcTemplate jdbc;

    private String unique;
    private ServicePath path;
    private Offering first;

    @BeforeEach
    void aPathWithAnArchivedStep() {
        unique = EntryFixture.unique();
        Actor provider = entries().actor("Widget-toimija " + unique);
        first = entries().offering("Ohjaamo <b>" + unique + "</b>", provider, OfferingStatus.PUBLISHED, o -> { });
        Offering archived = entries().offering("Arkistoitu " + unique, provider, OfferingStatus.ARCHIVED, o -> { });
        Offering third = entries().offering("Työpaja " + unique, provider, OfferingStatus.PUBLISHED, o -> { });
        path = new PathFixture(repository, jdbc, this::deleteAfterTest)
                .published(PathFixture.slug(unique), "Widget-polku " + unique, List.of(first, archived, third));
    }

    @Test
    void the_widget_lists_the_published_steps_in_order_and_may_be_framed() throws Exception {
        HttpResponse<String> response = get("/upota/polku/" + path.getSlug());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors *");
        assertThat(response.headers().firstValue("X-Frame-Options")).isEmpty();
        String html = response.body();
        assertThat(html).contains("<html lang=\"fi\">", "Widget-polku " + unique,
                "href=\"../../palvelu/" + first.getId() + "?lang=fi\" target=\"_blank\" rel=\"noopener\"",
                "Ohjaamo &lt;b&gt;" + unique, "Selitys: Työpaja " + unique)
                .doesNotContain("Arkistoitu " + unique, "<script");
        assertThat(html.indexOf("Ohjaamo")).isLessThan(html.indexOf("Työpaja " + unique));
    }

    @Test
    void the_widget_speaks_the_lang_parameter_and_an_unknown_path_is_404() throws Exception {
        assertThat(get("/upota/polku/" + path.getSlug() + "?lang=en").body())
                .contains("<html lang=\"en\">", "Widget-polku " + unique + " (en)", "Open the service path in Ekokartta");
        HttpResponse<String> missing = get("/upota/polku/ei-ole-" + unique);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Palvelupolkua ei löytynyt.");
    }

    @Test
    void the_path_page_itself_may_not_be_framed() throws Exception {
        HttpResponse<String> page = get("/polut/" + path.getSlug());
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    private HttpResponse<String> get(String address) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + address)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
