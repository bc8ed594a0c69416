package fi.ekokartta.exchange.ptv;

import fi.ekokartta.AbstractIntegrationTest;
import fi.ekokartta.exchange.ptv.v11.PtvV11Exchange;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PtvExportHttpTest extends AbstractIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;
    @Autowired
    private PtvVocabularySource vocabularySource;
    @Autowired
    private PtvV11Exchange exchange;

    @Test
    void published_services_of_a_municipality_are_served_in_the_v11_shape_without_login() throws Exception {
        HttpResponse<String> response = get("/api/ptv/v11/services?municipality=009");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode services = PtvSamples.JSON.readTree(response.body());
        assertThat(services.isArray()).isTrue();
        assertThat(services.size()).isGreaterThan(10);
        List<String> ids = new ArrayList<>();
        for (JsonNode service : services) {
            ids.add(service.get("sourceId").asString());
            List<String> codes = new ArrayList<>();
            service.path("areas").forEach(area -> area.get("areaCodes").forEach(code -> codes.add(code.asString())));
            assertThat(codes).as(service.get("sourceId").asString()).contains("009");
        }
        assertThat(ids).contains("b5b9945b-7808-5062-b26c-026ac4caee2f");
        JsonNode registration = services.get(ids.indexOf("b5b9945b-7808-5062-b26c-026ac4caee2f"));
        List<String> swedishNames = new ArrayList<>();
        registration.get("serviceNames").forEach(name -> {
            if ("sv".equals(name.get("language").asString())) {
                swedishNames.add(name.get("value").asString());
            }
        });
        assertThat(swedishNames).containsExactly("Anmälan som arbetssökande och inledande intervju");
    }

    @Test
    void the_channels_of_those_services_are_served_and_every_service_names_its_channels_among_them() throws Exception {
        HttpResponse<String> response = get("/api/ptv/v11/channels?municipality=009");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode channels = PtvSamples.JSON.readTree(response.body());
        List<String> channelIds = new ArrayList<>();
        List<String> types = new ArrayList<>();
        channels.forEach(channel -> {
            channelIds.add(channel.get("sourceId").asString());
            types.add(channel.get("serviceChannelType").asString());
        });
        assertThat(channelIds).doesNotHaveDuplicates();
        assertThat(types).contains("ServiceLocation", "Phone", "WebPage");
        JsonNode services = PtvSamples.JSON.readTree(get("/api/ptv/v11/services?municipality=009").body());
        List<String> linked = new ArrayList<>();
        services.forEach(service -> service.get("serviceChannels").forEach(link ->
                linked.add(link.get("serviceChannel").get("id").asString())));
        assertThat(linked).isNotEmpty();
        assertThat(channelIds).containsAll(linked);
        assertThat(get("/api/ptv/v11/channels").statusCode()).isEqualTo(400);
    }

    @Test
    void a_bad_municipality_is_a_problem_document() throws Exception {
        HttpResponse<String> response = get("/api/ptv/v11/services?municipality=Alavieska");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("Alavieska");
    }

    @Test
    void the_vocabulary_of_the_database_knows_the_seed_classes_and_groups() {
        PtvVocabulary vocabulary = vocabularySource.current();
        assertThat(vocabulary.serviceClass("1.1")).hasValueSatisfying(term ->
                assertThat(term.id().toString()).isEqualTo("1d12951b-a80b-5db0-9988-922bece1e130"));
        assertThat(vocabulary.targetGroup("nuoret")).isPresent();
    }

    @Test
    void sample_files_read_against_the_database_link_to_its_terms() {
        PtvImport result = exchange.read(PtvSamples.v11Files("organization.json", "services.json", "channels.json"));
        assertThat(result.file("services.json")).hasSize(2);
        assertThat(result.file("services.json").get(0).toString()).contains("1d12951b-a80b-5db0-9988-922bece1e130");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
