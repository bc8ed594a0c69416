package fi.ekokartta.paths.web;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.offering.ChannelType;
import fi.ekokartta.offering.ServiceChannel;
import fi.ekokartta.paths.PathFixture;
import fi.ekokartta.paths.ServicePath;
import fi.ekokartta.paths.ServicePathRepository;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
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
import static org.assertj.core.api.Assertions.within;

/** A path's PDF, fetched over HTTP by someone not signed in. */
class PathPdfTest extends AbstractAppTest {

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
    private Offering archived;

    @BeforeEach
    void aPathWithAnArchivedStep() {
        unique = EntryFixture.unique();
        Actor provider = entries().actor("Pdf-polkutoimija " + unique);
        Offering first = entries().offering("Yritysneuvonta Äänekoskella " + unique, provider, OfferingStatus.PUBLISHED, o -> {
            ServiceChannel channel = new ServiceChannel();
            channel.setType(ChannelType.PHONE);
            channel.setPhone("+358 50 000 0999");
            o.addChannel(channel);
        });
        archived = entries().offering("Lopetettu palvelu " + unique, provider, OfferingStatus.PUBLISHED, o -> { });
        Offering third = entries().offering("Starttiraha " + unique, provider, OfferingStatus.PUBLISHED, o -> { });
        path = new PathFixture(repository, jdbc, this::deleteAfterTest)
                .published(PathFixture.slug(unique), "Pdf-polku " + unique, List.of(first, archived, third));
        Offering stored = offerings.findById(archived.getId()).orElseThrow();
        stored.setStatus(OfferingStatus.ARCHIVED);
        offerings.save(stored);
    }

    @Test
    void the_pdf_is_a4_with_every_published_step_and_without_the_archived_one() throws Exception {
        HttpResponse<byte[]> response = get("/polut/" + path.getSlug() + ".pdf");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(1f));
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Pdf-polku " + unique, "1. Yritysneuvonta Äänekoskella " + unique,
                    "2. Starttiraha " + unique, "Selitys: Starttiraha " + unique, "+358 50 000 0999",
                    "polut/" + path.getSlug());
            assertThat(text).doesNotContain("Lopetettu palvelu " + unique);
        }
    }

    @Test
    void the_pdf_follows_the_lang_parameter() throws Exception {
        HttpResponse<byte[]> response = get("/polut/" + path.getSlug() + ".pdf?lang=sv");

        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Pdf-polku " + unique + " (sv)", "Anordnare");
        }
    }

    @Test
    void an_unknown_or_unpublished_path_has_no_pdf() throws Exception {
        assertThat(get("/polut/ei-ole-olemassa-" + unique + ".pdf").statusCode()).isEqualTo(404);
        ServicePath draft = repository.findById(path.getId()).orElseThrow();
        draft.setPublished(false);
        repository.save(draft);
        assertThat(get("/polut/" + path.getSlug() + ".pdf").statusCode()).isEqualTo(404);
    }

    private HttpResponse<byte[]> get(String address) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + address)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
