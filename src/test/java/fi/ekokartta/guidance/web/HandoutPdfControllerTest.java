package fi.ekokartta.guidance.web;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.EntryFixture;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.guidance.HandoutService;
import fi.ekokartta.guidance.ShortlistContent;
import fi.ekokartta.guidance.ShortlistService;
import fi.ekokartta.offering.ChannelType;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.offering.ServiceChannel;
import fi.ekokartta.security.UserRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The client's handout as a PDF file, fetched over HTTP by someone who is not signed in, as a client would. */
class HandoutPdfControllerTest extends AbstractAppTest {

    private static final String COUNSELLOR = "ohjaaja-pdf-testi";

    private static final String LONG_PHONE_NAME = "Vastaanoton numero, johon vastataan arkisin kahdeksasta "
            + "kuuteen; kiireisinä aikoina vastaaminen voi viivästyä";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;
    @Autowired
    private ShortlistService shortlists;
    @Autowired
    private HandoutService handouts;
    @Autowired
    private JdbcTemplate jdbc;

    private String unique;
    private Actor provider;

    @BeforeEach
    void counsellorSignedIn() {
        unique = EntryFixture.unique();
        provider = entries().actor("Pdf-toimija " + unique);
        deleteAfterTest(() -> jdbc.update("delete from shortlist where owner_username = ?", COUNSELLOR));
        login(COUNSELLOR, UserRole.COUNSELLOR);
    }

    @Test
    void a_shared_list_is_an_a4_pdf_with_every_service_note_and_finnish_letter() throws Exception {
        Offering first = service("Työkokeilu Äänekoskella " + unique, "Jyväskylä");
        Offering second = service("Språkcafé för nyanlända " + unique, "Jakobstad");
        ShortlistContent list = shortlists.add(first.getId());
        shortlists.add(second.getId());
        shortlists.setNote(list.entries().getFirst().itemId(), "Soita <b>heti</b> & kerro, että tulet ohjaajalta.");
        logout();

        HttpResponse<byte[]> response = get("/palvelulista/" + list.shareToken() + ".pdf");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;").contains("filename=\"palvelulista.pdf\"");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(1f));
            String text = text(pdf);
            assertThat(text).contains("Palveluita sinulle", "Työkokeilu Äänekoskella " + unique, "Språkcafé för nyanlända " + unique,
                    "Ohjaajan huomio: Soita <b>heti</b> & kerro, että tulet ohjaajalta.", "Hämeenkatu 5, Jyväskylä",
                    "palvelulista/" + list.shareToken());
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Palveluita sinulle");
        }
    }

    @Test
    void the_pdf_tells_the_notice_prices_documents_extension_and_closed_days_before_the_client_goes() throws Exception {
        java.time.LocalDate closedDay = java.time.LocalDate.now(fi.ekokartta.base.i18n.FinnishDates.FINNISH_TIME).plusDays(9);
        Offering service = entries().offering("Ryhmävalmennus " + unique, provider, OfferingStatus.PUBLISHED, offering -> {
            offering.setAlert(LocalizedText.of("Syksyn ryhmä on täynnä"));
            offering.addCostOption(new fi.ekokartta.offering.ServiceCostOption(LocalizedText.of("Opiskelijat"),
                    new java.math.BigDecimal("12.50"), "EUR", LocalizedText.of("kerta"), null, null));
            offering.addRequiredDocument(new fi.ekokartta.offering.RequiredDocument(LocalizedText.of("Lähete"),
                    "https://valmennus.example/lahete"));
            ServiceChannel phone = new ServiceChannel();
            phone.setType(ChannelType.PHONE);
            phone.setPhone("029 000 0501");
            phone.setPhoneExtension(12);
            phone.setName(LocalizedText.of(LONG_PHONE_NAME));
            offering.addChannel(phone);
            ServiceChannel office = new ServiceChannel();
            office.setType(ChannelType.VISITING_ADDRESS);
            office.setStreetAddress("Hämeenkatu 5");
            office.setCity("Nivala");
            fi.ekokartta.offering.OpeningHours closed = new fi.ekokartta.offering.OpeningHours();
            closed.setExceptionDate(closedDay);
            closed.setNote("Koulutuspäivä");
            office.addOpeningHours(closed);
            offering.addChannel(office);
        });
        String token = shortlists.add(service.getId()).shareToken();
        logout();

        try (PDDocument pdf = Loader.loadPDF(get("/palvelulista/" + token + ".pdf").body())) {
            assertThat(text(pdf)).contains("Tiedote: Syksyn ryhmä on täynnä", "Hinnat: Opiskelijat: 12,50 € / kerta",
                    "Tarvittavat asiakirjat: Lähete: https://valmennus.example/lahete", "029 000 0501, alanumero 12",
                    "Poikkeusaukioloajat: " + fi.ekokartta.base.i18n.FinnishDates.date(closedDay)
                            + " suljettu (Koulutuspäivä)");
            assertThat(text(pdf)).as("a long imported channel name is text under the heading, as on the card")
                    .contains("Puhelin " + LONG_PHONE_NAME).doesNotContain("Puhelin: " + LONG_PHONE_NAME);
        }
    }

    @Test
    void the_pdf_is_in_the_language_chosen_for_the_client() throws Exception {
        Offering service = service("Kotoutumiskoulutus " + unique, "Ylivieska");
        String token = shortlists.add(service.getId()).shareToken();
        handouts.choose("sv", null);
        logout();

        HttpResponse<byte[]> response = get("/palvelulista/" + token + ".pdf");

        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("tjanstelista.pdf");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            assertThat(text(pdf)).contains("Tjänster för dig", "Kotoutumiskoulutus " + unique, "Besöksadress")
                    .contains("En del av uppgifterna på sidan finns endast på finska.");
        }
    }

    @Test
    void a_long_list_runs_over_several_pages_to_its_last_service() throws Exception {
        List<UUID> published = jdbc.queryForList(
                "select id from offering where status = 'PUBLISHED' order by name_fi limit 12", UUID.class);
        String token = null;
        for (UUID id : published) {
            token = shortlists.add(id).shareToken();
        }
        List<String> names = shortlists.current().orElseThrow().entries().stream()
                .map(entry -> entry.service().name().getFi()).toList();
        logout();

        HttpResponse<byte[]> response = get("/palvelulista/" + token + ".pdf");

        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            String text = text(pdf);
            assertThat(names).hasSize(12).allSatisfy(name -> assertThat(text).contains(name));
        }
    }

    @Test
    void an_unknown_or_expired_list_has_no_pdf() throws Exception {
        String token = shortlists.add(service("Vanheneva " + unique, "Nivala").getId()).shareToken();
        jdbc.update("update shortlist set expires_at = now() - interval '1 minute' where share_token = ?", token);
        logout();

        assertThat(get("/palvelulista/" + token + ".pdf").statusCode()).isEqualTo(404);
        assertThat(get("/palvelulista/eiolemassa.pdf").statusCode()).isEqualTo(404);
    }

    private Offering service(String name, String city) {
        return entries().offering(name, provider, OfferingStatus.PUBLISHED, offering -> {
            ServiceChannel office = new ServiceChannel();
            office.setType(ChannelType.VISITING_ADDRESS);
            office.setStreetAddress("Hämeenkatu 5");
            office.setCity(city);
            offering.addChannel(office);
            offering.setSummary(LocalizedText.of("Palvelu, jossa pääset kokeilemaan työtä."));
        });
    }

    /** Line breaks fall where the page is full; the texts are compared as running text. */
    private static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
