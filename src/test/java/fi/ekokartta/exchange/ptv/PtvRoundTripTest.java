package fi.ekokartta.exchange.ptv;

import fi.ekokartta.AbstractIntegrationTest;
import fi.ekokartta.exchange.api.PublishedDocuments;
import fi.ekokartta.exchange.imports.ImportReport;
import fi.ekokartta.exchange.imports.ImportService;
import fi.ekokartta.exchange.imports.ImportSource;
import fi.ekokartta.exchange.ptv.v11.PtvV11ChannelWriter;
import fi.ekokartta.exchange.ptv.v11.PtvV11Exchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A municipality's published services and channels, from the database, exported in PTV's v11
 * shapes, read back by our v11 reader and exported again: the same channels, exception days and
 * channel texts in Finnish, Swedish and English included. The seed has neither, so one service
 * with them is published beside the seed's services of Ylivieska.
 */
class PtvRoundTripTest extends AbstractIntegrationTest {

    private static final String MUNICIPALITY = "977";
    private static final UUID SERVICE = UUID.randomUUID();
    private static final UUID PLACE = UUID.randomUUID();
    private static final UUID LOCATION = UUID.randomUUID();
    private static boolean added;

    @Autowired
    private PublishedDocuments published;
    @Autowired
    private ImportService imports;
    @Autowired
    private PtvV11Exchange exchange;

    @BeforeEach
    void publishServiceWithExceptionsAndTranslatedPlace() {
        if (added) {
            return;
        }
        String organizationId = published.organizations("fi").getFirst().id().toString();
        String service = """
                [{"id": "%s", "name": "PTV-edestakaisen testin palvelu", "status": "active", "organization_id": "%s",
                  "service_areas": [{"id": "%s", "name": "Ylivieska", "uri": "%s"}],
                  "service_at_locations": [{"id": "%s", "location": {"id": "%s", "location_type": "physical",
                    "name": "Edestakaisen testin toimipiste", "description": "Sisäänkäynti pihan puolelta.",
                    "addresses": [{"id": "%s", "address_1": "Testikatu 2", "city": "Ylivieska", "postal_code": "84100",
                      "country": "FI", "address_type": "physical"}],
                    "schedules": [
                      {"id": "%s", "freq": "WEEKLY", "byday": "MO,TU,WE", "opens_at": "09:00", "closes_at": "15:00"},
                      {"id": "%s", "valid_from": "2027-12-24", "valid_to": "2027-12-24", "description": "Jouluaatto"},
                      {"id": "%s", "valid_from": "2027-12-31", "valid_to": "2027-12-31", "opens_at": "09:00", "closes_at": "12:00"}]}}]}]
                """.formatted(SERVICE, organizationId, UUID.randomUUID(), PtvMapping.MUNICIPALITY_URI + MUNICIPALITY, PLACE,
                LOCATION, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        String translation = """
                [{"id": "%s", "name": "%s",
                  "service_at_locations": [{"id": "%s", "location": {"id": "%s", "name": "%s", "description": "%s"}}]}]
                """;
        ImportReport report = imports.apply(ImportSource.of(List.of(
                document("services.json", service),
                document("services.sv.json", translation.formatted(SERVICE, "Tjänst för PTV-testet", PLACE, LOCATION,
                        "Testets serviceställe", "Ingång från gården.")),
                document("services.en.json", translation.formatted(SERVICE, "PTV round trip service", PLACE, LOCATION,
                        "Round trip office", "Entrance from the yard.")))));
        assertThat(report.rejected()).as(report.render(Locale.ENGLISH)).isFalse();
        added = true;
    }

    @Test
    void exception_days_and_channel_texts_in_three_languages_survive_export_and_read_back() {
        ArrayNode channels = exchange.channelsOf(MUNICIPALITY);
        ArrayNode services = exchange.servicesOf(MUNICIPALITY);
        JsonNode written = StreamSupport.stream(channels.spliterator(), false)
                .filter(channel -> "Edestakaisen testin toimipiste".equals(PtvJson.texts(channel.get("serviceChannelNames")).get("fi")))
                .findFirst().orElseThrow();
        assertThat(PtvJson.texts(written.get("serviceChannelDescriptions"))).containsEntry("fi", "Sisäänkäynti pihan puolelta.")
                .containsEntry("sv", "Ingång från gården.").containsEntry("en", "Entrance from the yard.");
        assertThat(exceptions(written)).containsExactly("2027-12-24T00:00:00 closed", "2027-12-31T00:00:00 09:00:00–12:00:00");

        PtvImport read = exchange.read(Map.of("services.json", services.toString(), "channels.json", channels.toString()));

        JsonNode location = find(read.file("services.json"), SERVICE).get("service_at_locations").get(0).get("location");
        assertThat(location.get("description").asString()).isEqualTo("Sisäänkäynti pihan puolelta.");
        List<String> days = new ArrayList<>();
        location.get("schedules").forEach(schedule -> {
            if (!schedule.has("freq")) {
                days.add(schedule.get("valid_from").asString() + "/" + schedule.get("valid_to").asString() + " "
                        + schedule.path("opens_at").asString("closed") + " " + schedule.path("description").asString(""));
            }
        });
        assertThat(days).containsExactly("2027-12-24/2027-12-24 closed Jouluaatto", "2027-12-31/2027-12-31 09:00 ");
        JsonNode swedish = find(read.file("services.sv.json"), SERVICE).get("service_at_locations").get(0).get("location");
        assertThat(swedish.get("name").asString()).isEqualTo("Testets serviceställe");
        assertThat(swedish.get("description").asString()).isEqualTo("Ingång från gården.");
        JsonNode english = find(read.file("services.en.json"), SERVICE).get("service_at_locations").get(0).get("location");
        assertThat(english.get("description").asString()).isEqualTo("Entrance from the yard.");
        assertThat(read.dropped()).as("nothing of the hours and channel texts we write is lost on the way back")
                .noneMatch(dropped -> dropped.path().startsWith("serviceHours")
                        || dropped.path().startsWith("serviceChannelDescriptions")
                        || dropped.path().startsWith("serviceChannelNames"));

        Map<String, JsonNode> translations = new HashMap<>();
        translations.put("sv", read.file("services.sv.json"));
        translations.put("en", read.file("services.en.json"));
        Map<String, JsonNode> again = PtvJson.byId(new PtvV11ChannelWriter().writeAll(read.file("services.json"), translations));
        assertThat(again.keySet()).containsExactlyInAnyOrderElementsOf(PtvJson.byId(channels).keySet());
        PtvJson.byId(channels).forEach((id, channel) -> assertThat(again.get(id)).as(id).isEqualTo(channel));
    }

    @Test
    void what_is_read_back_is_accepted_by_the_import_with_its_exceptions_and_translations() {
        PtvImport read = exchange.read(Map.of("services.json", exchange.servicesOf(MUNICIPALITY).toString(),
                "channels.json", exchange.channelsOf(MUNICIPALITY).toString()));
        List<ImportSource.Document> files = new ArrayList<>();
        read.files().forEach((name, content) -> files.add(document(name, content.toString())));

        ImportReport report = imports.plan(ImportSource.of(files));

        assertThat(report.rejected()).as(report.render(Locale.ENGLISH)).isFalse();
        assertThat(report.rows()).filteredOn(row -> SERVICE.equals(row.id())).isNotEmpty().allSatisfy(row ->
                assertThat(row.dropped()).as("ids aside").noneMatch(path -> (path.contains("schedules") || path.contains("description"))
                        && !path.endsWith("id")));
    }

    private static List<String> exceptions(JsonNode channel) {
        List<String> exceptions = new ArrayList<>();
        channel.get("serviceHours").forEach(hour -> {
            if ("Exceptional".equals(hour.get("serviceHourType").asString())) {
                JsonNode opening = hour.path("openingHour").path(0);
                exceptions.add(hour.get("validFrom").asString() + (hour.get("isClosed").asBoolean() ? " closed"
                        : " " + opening.get("from").asString() + "–" + opening.get("to").asString()));
            }
        });
        return exceptions;
    }

    private static JsonNode find(JsonNode documents, UUID id) {
        return StreamSupport.stream(documents.spliterator(), false)
                .filter(document -> id.toString().equals(document.get("id").asString())).findFirst().orElseThrow();
    }


    private static ImportSource.Document document(String name, String content) {
        return new ImportSource.Document(name, content.getBytes(StandardCharsets.UTF_8));
    }
}
