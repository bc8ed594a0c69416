package fi.ekokartta.exchange.ptv;

import fi.ekokartta.exchange.ptv.v11.PtvV11ChannelWriter;
import fi.ekokartta.exchange.ptv.v11.PtvV11Reader;
import fi.ekokartta.exchange.ptv.v11.PtvV11ServiceWriter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service channels of the seed's services in PTV's v11 shapes: what PTV requires, within its
 * maximum lengths, in fi, sv and en, linked from their services — and read back by our own v11
 * reader, the same channels again.
 */
class PtvV11ChannelWriterTest {

    private static final String REGISTRATION = "b5b9945b-7808-5062-b26c-026ac4caee2f";
    private static final String LOCATION = "c51c4149-ac0f-5278-8186-29e2d0bcf1c9";
    private static final String PLACE = "4491a2c9-382e-5df1-9abd-5f13f41ef7d5";
    private static final String PHONE = "cfecf37b-c9a1-5a0c-9b04-55bcb9694a6a";
    private static final Set<String> TYPES = Set.of("ServiceLocation", "EChannel", "Phone", "WebPage");
    private static final String LONG_NAME = "Ylivieskan työllisyyspalvelujen palvelupiste kaupungintalon pohjakerroksessa, "
            + "sisäänkäynti pihan puolelta ja hissillä toiseen kerrokseen";

    private static final String FINNISH_DESCRIPTION = "Palvelupiste on aseman vieressä, toisessa kerroksessa.";
    private static final String SWEDISH_DESCRIPTION = "Servicepunkten ligger bredvid stationen, i andra våningen.";
    private static final String ENGLISH_DESCRIPTION = "The service point is next to the station, on the second floor.";

    private final ArrayNode services = PtvSamples.JSON.createArrayNode();
    private final Map<String, JsonNode> translations = new HashMap<>();

    PtvV11ChannelWriterTest() {
        ArrayNode swedish = PtvSamples.JSON.createArrayNode();
        ArrayNode english = PtvSamples.JSON.createArrayNode();
        for (String group : List.of("tyollistyminen", "osaaminen", "kotoutuminen", "tyonantajapalvelut", "erityispalvelut")) {
            services.addAll((ArrayNode) PtvSamples.seedFile("services-" + group + ".json"));
            swedish.addAll((ArrayNode) PtvSamples.seedFile("services-" + group + ".sv.json"));
            english.addAll((ArrayNode) PtvSamples.seedFile("services-" + group + ".en.json"));
        }
        // The seed's translations carry no channel names: the registration service gets them, as
        // the HSDS API gives them (the place's location by id, the phone's description), and a
        // Finnish location name longer than PTV takes.
        translate(swedish, "Arbetsmarknadstjänsterna i Ylivieska", SWEDISH_DESCRIPTION, "Telefontjänst vardagar kl. 9–15");
        translate(english, "Ylivieska employment services", ENGLISH_DESCRIPTION, "Phone service on weekdays 9–15");
        for (JsonNode service : services) {
            if (REGISTRATION.equals(service.get("id").asString())) {
                ObjectNode location = (ObjectNode) service.get("service_at_locations").get(0).get("location");
                location.put("name", LONG_NAME).put("description", FINNISH_DESCRIPTION);
                // Two exception days, as the HSDS API writes them: Christmas Eve closed, New Year's Eve in the morning.
                ArrayNode schedules = (ArrayNode) location.get("schedules");
                schedules.addObject().put("id", UUID.randomUUID().toString()).put("location_id", LOCATION)
                        .put("valid_from", "2026-12-24").put("valid_to", "2026-12-24").put("description", "Suljettu jouluaattona");
                schedules.addObject().put("id", UUID.randomUUID().toString()).put("location_id", LOCATION)
                        .put("valid_from", "2026-12-31").put("valid_to", "2026-12-31").put("opens_at", "09:00").put("closes_at", "12:00");
            }
        }
        translations.put("sv", swedish);
        translations.put("en", english);
    }

    private static void translate(ArrayNode documents, String locationName, String description, String phoneName) {
        for (JsonNode document : documents) {
            if (REGISTRATION.equals(document.get("id").asString())) {
                ObjectNode translated = (ObjectNode) document;
                translated.putArray("service_at_locations").addObject().put("id", PLACE)
                        .putObject("location").put("id", LOCATION).put("name", locationName).put("description", description);
                translated.putArray("phones").addObject().put("id", PHONE).put("description", phoneName);
            }
        }
    }

    @Test
    void every_channel_has_what_ptv_requires_within_its_lengths_and_every_service_links_its_channels() {
        ArrayNode channels = new PtvV11ChannelWriter().writeAll(services, translations);
        ArrayNode exported = new PtvV11ServiceWriter().writeAll(services, translations);

        assertThat(channels).isNotEmpty();
        Map<String, JsonNode> byId = PtvJson.byId(channels);
        assertThat(byId).hasSize(channels.size());
        for (JsonNode channel : channels) {
            String id = channel.get("sourceId").asString();
            assertThat(UUID.fromString(id)).isNotNull();
            assertThat(TYPES).contains(channel.get("serviceChannelType").asString());
            assertThat(channel.get("publishingStatus").asString()).isEqualTo("Draft");
            assertThat(channel.get("organizationId").asString()).as(id).isNotBlank();
            assertThat(PtvJson.texts(channel.get("serviceChannelNames"))).as(id).containsKey("fi");
            // PTV's maximum lengths: longer texts are refused on POST.
            channel.get("serviceChannelNames").forEach(name -> assertThat(name.get("value").asString()).hasSizeLessThanOrEqualTo(100));
            channel.path("serviceChannelDescriptions").forEach(description ->
                    assertThat(description.get("value").asString()).hasSizeLessThanOrEqualTo(2500));
            channel.path("webPages").forEach(page -> {
                assertThat(page.get("url").asString()).startsWith("http").hasSizeLessThanOrEqualTo(500);
                assertThat(page.path("value").asString("")).hasSizeLessThanOrEqualTo(110);
            });
            channel.path("phoneNumbers").forEach(phone -> {
                assertThat(phone.get("prefixNumber").asString()).matches("\\+\\d{1,4}");
                assertThat(phone.get("number").asString()).hasSizeLessThanOrEqualTo(20).doesNotStartWith("+");
                assertThat(phone.path("additionalInformation").asString("")).hasSizeLessThanOrEqualTo(150);
            });
            channel.path("serviceHours").forEach(hour -> hour.path("openingHour").forEach(opening ->
                    assertThat(opening.get("dayFrom").asString()).endsWith("day")));
        }
        List<String> linked = new ArrayList<>();
        exported.forEach(service -> service.get("serviceChannels").forEach(connection -> {
            String id = connection.get("serviceChannel").get("id").asString();
            assertThat(byId).as("channel of " + service.get("sourceId")).containsKey(id);
            linked.add(id);
        }));
        assertThat(linked).containsAll(byId.keySet());
    }

    @Test
    void a_service_location_is_written_with_address_phones_hours_and_names_in_three_languages() {
        ArrayNode channels = new PtvV11ChannelWriter().writeAll(services, translations);

        JsonNode location = PtvJson.byId(channels).get(LOCATION);
        assertThat(location.get("serviceChannelType").asString()).isEqualTo("ServiceLocation");
        Map<String, String> names = PtvJson.texts(location.get("serviceChannelNames"));
        assertThat(names.get("fi")).hasSizeLessThanOrEqualTo(100).endsWith("…").startsWith("Ylivieskan työllisyyspalvelujen");
        assertThat(names).containsEntry("sv", "Arbetsmarknadstjänsterna i Ylivieska")
                .containsEntry("en", "Ylivieska employment services");
        JsonNode street = location.get("addresses").get(0).get("streetAddress");
        assertThat(street.get("street").get(0).get("value").asString()).isEqualTo("Asematie");
        assertThat(street.get("streetNumber").asString()).isEqualTo("4 A");
        assertThat(street.get("postalCode").asString()).isEqualTo("84100");
        assertThat(PtvJson.texts(location.get("serviceChannelDescriptions"))).containsEntry("fi", FINNISH_DESCRIPTION)
                .containsEntry("sv", SWEDISH_DESCRIPTION).containsEntry("en", ENGLISH_DESCRIPTION);
        JsonNode hours = location.get("serviceHours");
        assertThat(hours).hasSize(4);
        assertThat(hours.get(2).get("serviceHourType").asString()).isEqualTo("Exceptional");
        assertThat(hours.get(2).get("validFrom").asString()).isEqualTo("2026-12-24T00:00:00");
        assertThat(hours.get(2).get("validTo").asString()).isEqualTo("2026-12-24T00:00:00");
        assertThat(hours.get(2).get("isClosed").asBoolean()).isTrue();
        assertThat(hours.get(3).get("isClosed").asBoolean()).isFalse();
        JsonNode newYearsEve = hours.get(3).get("openingHour").get(0);
        assertThat(newYearsEve.get("dayFrom").asString()).isEqualTo("Thursday");
        assertThat(newYearsEve.get("from").asString()).isEqualTo("09:00:00");
        JsonNode opening = hours.get(0).get("openingHour").get(0);
        assertThat(opening.get("dayFrom").asString()).isEqualTo("Monday");
        assertThat(opening.get("dayTo").asString()).isEqualTo("Thursday");
        assertThat(opening.get("from").asString()).isEqualTo("09:00:00");

        JsonNode phone = PtvJson.byId(channels).get(PHONE);
        assertThat(phone.get("serviceChannelType").asString()).isEqualTo("Phone");
        assertThat(PtvJson.texts(phone.get("serviceChannelNames"))).containsEntry("fi", "Puhelinpalvelu arkisin klo 9–15")
                .containsEntry("sv", "Telefontjänst vardagar kl. 9–15").containsEntry("en", "Phone service on weekdays 9–15");
        assertThat(phone.get("phoneNumbers").get(0).get("prefixNumber").asString()).isEqualTo("+358");
        assertThat(phone.get("phoneNumbers").get(0).get("number").asString()).isEqualTo("50 000 0100");
    }

    @Test
    void exported_services_and_channels_read_back_by_our_reader_give_the_same_channels_again() {
        ArrayNode channels = new PtvV11ChannelWriter().writeAll(services, translations);
        ArrayNode exported = new PtvV11ServiceWriter().writeAll(services, translations);

        PtvImport imported = new PtvV11Reader(PtvSamples.seedVocabulary())
                .read(Map.of("services.json", exported.toString(), "channels.json", channels.toString()));
        assertThat(imported.dropped()).as("no channel is missing from the files")
                .noneMatch(dropped -> dropped.messageKey().equals(PtvDroppedField.CHANNEL_NOT_IN_FILES));
        Map<String, JsonNode> back = new LinkedHashMap<>();
        for (String language : List.of("sv", "en")) {
            back.put(language, imported.file("services." + language + ".json"));
        }
        ArrayNode again = new PtvV11ChannelWriter().writeAll(imported.file("services.json"), back);
        ArrayNode exportedAgain = new PtvV11ServiceWriter().writeAll(imported.file("services.json"), back);

        assertThat(PtvJson.byId(again).keySet()).containsExactlyInAnyOrderElementsOf(PtvJson.byId(channels).keySet());
        Map<String, JsonNode> againById = PtvJson.byId(again);
        PtvJson.byId(channels).forEach((id, channel) -> assertThat(againById.get(id)).as(id).isEqualTo(channel));
        assertThat(links(exportedAgain)).isEqualTo(links(exported));
        assertThat(PtvJson.texts(againById.get(LOCATION).get("serviceChannelNames"))).containsKeys("fi", "sv", "en");
        assertThat(PtvJson.texts(againById.get(LOCATION).get("serviceChannelDescriptions"))).containsEntry("fi", FINNISH_DESCRIPTION)
                .containsEntry("sv", SWEDISH_DESCRIPTION).containsEntry("en", ENGLISH_DESCRIPTION);
        List<String> exceptions = new ArrayList<>();
        againById.get(LOCATION).get("serviceHours").forEach(hour -> {
            if ("Exceptional".equals(hour.get("serviceHourType").asString())) {
                exceptions.add(hour.get("validFrom").asString() + (hour.get("isClosed").asBoolean() ? " closed"
                        : " " + hour.get("openingHour").get(0).get("from").asString() + "–" + hour.get("openingHour").get(0).get("to").asString()));
            }
        });
        assertThat(exceptions).containsExactly("2026-12-24T00:00:00 closed", "2026-12-31T00:00:00 09:00:00–12:00:00");
        assertThat(imported.dropped()).as("nothing of what we write is lost on the way back")
                .noneMatch(dropped -> dropped.path().startsWith("serviceHours") || dropped.path().startsWith("serviceChannelDescriptions"));
    }

    private static Map<String, List<String>> links(JsonNode services) {
        Map<String, List<String>> links = new TreeMap<>();
        services.forEach(service -> {
            List<String> ids = new ArrayList<>();
            service.get("serviceChannels").forEach(connection -> ids.add(connection.get("serviceChannel").get("id").asString()));
            ids.sort(null);
            links.put(service.get("sourceId").asString(), ids);
        });
        return links;
    }
}
