package fi.ekokartta.exchange.ptv;

import fi.ekokartta.exchange.ptv.v11.PtvV11Reader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

class PtvV11ReaderTest {

    private static final String COACHING = "0b9e6f1d-8f0a-4c1e-a8c5-5d2b7e3f9a11";
    private static final String COUNSELLING = "1c8d7e2a-9a1b-4d2f-b9d6-6e3c8f4a0b22";
    private static final String TOWN = "6a1f0c2e-3b7d-4e59-9d61-2f8c4a7b1e01";

    private final PtvImport result = new PtvV11Reader(PtvSamples.seedVocabulary())
            .read(PtvSamples.v11Files("organization.json", "services.json", "channels.json"));

    @Test
    void writes_the_named_files_of_the_seed_layout() {
        assertThat(result.files().keySet()).containsExactlyInAnyOrder("organizations.json", "organizations.sv.json",
                "organizations.en.json", "services.json", "services.sv.json", "services.en.json");
    }

    @Test
    void service_texts_go_to_the_finnish_document_and_its_translations() {
        JsonNode service = find("services.json", COACHING);
        assertThat(service.get("name").asString()).isEqualTo("Työnhakuvalmennus");
        assertThat(service.get("description").asString()).startsWith("Ryhmävalmennus");
        assertThat(service.get("application_process").asString()).isEqualTo("Ilmoittaudu verkossa tai soita.");
        assertThat(service.get("fees_description").asString()).isEqualTo("Maksuton työnhakijoille.");
        assertThat(service.get("eligibility_description").asString()).isEqualTo("Työnhakijaksi ilmoittautuminen.");
        assertThat(field(service, "summary")).containsExactly("Ryhmävalmennus työnhakuun.");
        assertThat(find("services.sv.json", COACHING).get("name").asString()).isEqualTo("Jobbsökarträning");
        assertThat(field(find("services.sv.json", COACHING), "summary")).containsExactly("Gruppträning för jobbsökande.");
        assertThat(find("services.en.json", COACHING).get("description").asString()).startsWith("Group coaching");
        assertThat(termNames(find("services.sv.json", COACHING), "keywords")).containsExactly("jobbsökning");
        assertThat(termNames(service, "keywords")).containsExactly("työnhaku", "cv");
    }

    @Test
    void service_classes_and_target_groups_become_our_terms() {
        assertThat(termCodes(find("services.json", COACHING), PtvMapping.CLASS_TAXONOMY)).containsExactly("1.1", "1.2");
        assertThat(termCodes(find("services.json", COACHING), PtvMapping.TARGET_GROUP_TAXONOMY)).containsExactly("nuoret");
        assertThat(termCodes(find("services.json", COUNSELLING), PtvMapping.CLASS_TAXONOMY)).containsExactly("3.2");
        assertThat(termCodes(find("services.json", COUNSELLING), PtvMapping.TARGET_GROUP_TAXONOMY))
                .containsExactly("tyottomat-tyonhakijat");
        JsonNode link = attributes(find("services.json", COACHING)).stream()
                .filter(attribute -> "1.1".equals(attribute.path("taxonomy_term").path("code").asString(""))).findFirst().orElseThrow();
        assertThat(link.get("taxonomy_term_id").asString()).isEqualTo("1d12951b-a80b-5db0-9988-922bece1e130");
    }

    @Test
    void municipalities_become_service_areas_and_a_nationwide_service_one_area_without_code() {
        assertThat(values(find("services.json", COACHING).get("service_areas"), "uri")).containsExactly(
                PtvMapping.MUNICIPALITY_URI + "977", PtvMapping.MUNICIPALITY_URI + "208");
        JsonNode nationwide = find("services.json", COUNSELLING).get("service_areas");
        assertThat(nationwide).hasSize(1);
        assertThat(nationwide.get(0).has("uri")).isFalse();
    }

    @Test
    void languages_charge_status_and_organizations_are_mapped() {
        JsonNode coaching = find("services.json", COACHING);
        assertThat(values(coaching.get("languages"), "code")).containsExactly("fi", "sv");
        assertThat(field(coaching, "charge_type")).containsExactly("free");
        assertThat(coaching.get("status").asString()).isEqualTo("active");
        assertThat(field(coaching, "publication")).isEmpty();
        assertThat(coaching.get("organization_id").asString()).isEqualTo(TOWN);
        assertThat(field(coaching, "co_producer")).as("a producer outside the files is reported instead").isEmpty();
        JsonNode counselling = find("services.json", COUNSELLING);
        assertThat(field(counselling, "charge_type")).containsExactly("chargeable");
        assertThat(field(counselling, "publication")).containsExactly("draft");
        assertThat(counselling.get("organization").get("name").asString()).isEqualTo("Esimerkkilän kaupunki");
    }

    @Test
    void a_producer_among_the_files_becomes_a_co_producer() {
        java.util.Map<String, String> files = new java.util.LinkedHashMap<>(
                PtvSamples.v11Files("organization.json", "services.json", "channels.json"));
        files.put("producer.json", """
                {"id": "7b2e1d3f-4c8e-4f6a-8e72-3a9d5b8c2f02", "organizationType": "Company", "businessCode": "7654321-2",
                 "organizationNames": [{"type": "Name", "language": "fi", "value": "Kuvitteellinen Valmennus Oy"}]}""");
        PtvImport withProducer = new PtvV11Reader(PtvSamples.seedVocabulary()).read(files);
        JsonNode coaching = StreamSupport.stream(withProducer.file("services.json").spliterator(), false)
                .filter(service -> COACHING.equals(service.get("id").asString())).findFirst().orElseThrow();
        assertThat(field(coaching, "co_producer")).containsExactly("7b2e1d3f-4c8e-4f6a-8e72-3a9d5b8c2f02");
        assertThat(field(withProducer.file("organizations.json").get(1), "sector")).containsExactly("company");
    }

    @Test
    void a_service_location_becomes_a_physical_location_with_weekly_hours() {
        JsonNode place = find("services.json", COACHING).get("service_at_locations").get(0);
        JsonNode location = place.get("location");
        assertThat(location.get("location_type").asString()).isEqualTo("physical");
        assertThat(location.get("name").asString()).isEqualTo("Työllisyyspalvelut, Esimerkkilä");
        JsonNode address = location.get("addresses").get(0);
        assertThat(address.get("address_1").asString()).isEqualTo("Kuvitelmankatu 5 B");
        assertThat(address.get("postal_code").asString()).isEqualTo("84100");
        assertThat(address.get("city").asString()).isEqualTo("YLIVIESKA");
        JsonNode weekly = PtvSamples.JSON.valueToTree(StreamSupport.stream(location.get("schedules").spliterator(), false)
                .filter(schedule -> schedule.has("freq")).toList());
        assertThat(values(weekly, "byday")).containsExactly("MO,TU,WE,TH", "FR");
        assertThat(values(weekly, "opens_at")).containsExactly("09:00", "09:00");
        assertThat(values(weekly, "closes_at")).containsExactly("15:00", "12:00");
        assertThat(values(place.get("phones"), "number")).containsExactly("+358 40 000 0002");
        assertThat(find("services.json", COACHING).get("email").asString()).isEqualTo("tyollisyys@esimerkkila.example");
    }

    @Test
    void exceptional_hours_become_exception_days_closed_or_with_their_times() {
        JsonNode schedules = find("services.json", COACHING).get("service_at_locations").get(0).get("location").get("schedules");
        List<JsonNode> exceptions = StreamSupport.stream(schedules.spliterator(), false).filter(schedule -> !schedule.has("freq")).toList();
        assertThat(exceptions).extracting(schedule -> schedule.get("valid_from").asString())
                .containsExactly("2026-12-24", "2026-12-25", "2026-12-26", "2026-12-31");
        exceptions.forEach(day -> assertThat(day.get("valid_to").asString()).isEqualTo(day.get("valid_from").asString()));
        assertThat(exceptions.subList(0, 3)).allSatisfy(closed -> {
            assertThat(closed.has("opens_at")).isFalse();
            assertThat(closed.get("description").asString()).isEqualTo("Joulu");
        });
        assertThat(exceptions.get(3).get("opens_at").asString()).isEqualTo("09:00");
        assertThat(exceptions.get(3).get("closes_at").asString()).isEqualTo("12:00");
    }

    @Test
    void hours_our_model_cannot_hold_are_reported_each_as_a_whole() {
        assertThat(dropped("c1a2b3c4-0001-4a00-8000-000000000001")).contains(
                "serviceHours[3] ptv.dropped.hours-long-exception 2027-06-01–2027-08-31",
                "serviceHours[4] ptv.dropped.hours-over-midnight OverMidnight",
                "serviceHours[5] ptv.dropped.hours-always-open DaysOfTheWeek",
                "serviceHours[6].openingHour[0] ptv.dropped.hours-over-midnight Saturday 20:00–02:00");
        assertThat(dropped("c1a2b3c4-0001-4a00-8000-000000000001"))
                .noneMatch(field -> field.matches("serviceHours\\[[3-6]]\\..*") && !field.startsWith("serviceHours[6].openingHour[0] "));
    }

    @Test
    void a_channel_description_in_swedish_goes_to_the_swedish_file() {
        JsonNode place = find("services.json", COACHING).get("service_at_locations").get(0);
        assertThat(place.get("location").get("description").asString()).isEqualTo("Palvelupiste kaupungintalon pohjakerroksessa.");
        JsonNode swedish = find("services.sv.json", COACHING).get("service_at_locations").get(0);
        assertThat(swedish.get("id").asString()).isEqualTo(place.get("id").asString());
        assertThat(swedish.get("location").get("name").asString()).isEqualTo("Sysselsättningstjänster, Exempelby");
        assertThat(swedish.get("location").get("description").asString()).isEqualTo("Servicepunkt i stadshusets bottenvåning.");
        assertThat(dropped("c1a2b3c4-0001-4a00-8000-000000000001")).noneMatch(field -> field.startsWith("serviceChannelDescriptions[type=Description]"));
    }

    @Test
    void phone_web_and_form_channels_become_phones_and_virtual_locations() {
        JsonNode coaching = find("services.json", COACHING);
        assertThat(values(coaching.get("phones"), "number")).containsExactly("+358 40 000 0003", "0800 000 000");
        assertThat(values(coaching.get("phones"), "type")).containsExactly("voice", "text");
        JsonNode echannel = coaching.get("service_at_locations").get(1).get("location");
        assertThat(echannel.get("location_type").asString()).isEqualTo("virtual");
        assertThat(echannel.get("url").asString()).isEqualTo("https://esimerkkila.example/ilmoittaudu");
        assertThat(field(echannel, "channel")).containsExactly("e_service");
        JsonNode counselling = find("services.json", COUNSELLING);
        List<String> urls = new ArrayList<>();
        counselling.get("service_at_locations").forEach(place -> urls.add(place.get("location").get("url").asString()));
        assertThat(urls).containsExactly("https://esimerkkila.example/kotoutuminen", "https://esimerkkila.example/lomake.pdf");
    }

    @Test
    void an_organization_keeps_its_business_id_sector_municipalities_and_contacts() {
        JsonNode town = find("organizations.json", TOWN);
        assertThat(town.get("name").asString()).isEqualTo("Esimerkkilän kaupunki");
        assertThat(town.get("alternate_name").asString()).isEqualTo("Esimerkkilä");
        assertThat(town.get("organization_identifiers").get(0).get("identifier").asString()).isEqualTo("1234567-1");
        assertThat(field(town, "sector")).containsExactly("municipality");
        assertThat(field(town, "municipality")).containsExactly("977", "208");
        assertThat(town.get("website").asString()).isEqualTo("https://esimerkkila.example");
        assertThat(town.get("email").asString()).isEqualTo("kirjaamo@esimerkkila.example");
        assertThat(values(town.get("phones"), "number")).containsExactly("+358 40 000 0001");
        assertThat(find("organizations.sv.json", TOWN).get("name").asString()).isEqualTo("Exempelby stad");
    }

    @Test
    void every_field_without_a_place_is_reported() {
        assertThat(dropped(COACHING)).contains(
                "serviceDescriptions[type=DeadLine] ptv.dropped.no-place Ilmoittautuminen päättyy viikkoa ennen alkua.",
                "serviceClasses ptv.dropped.unknown-service-class P99.9",
                "targetGroups ptv.dropped.unknown-target-group KR9",
                "lifeEvents ptv.dropped.no-place",
                "fundingType ptv.dropped.no-place PubliclyFunded",
                "ontologyTerms ptv.dropped.no-place",
                "organizations[2].provisionType ptv.dropped.no-place ProcuredServices",
                "organizations ptv.dropped.organization-not-in-files Kuvitteellinen Valmennus Oy",
                "serviceChannels[3].serviceChannel ptv.dropped.channel-not-in-files Kanava jota ei ole tiedostoissa",
                "serviceChannels[0].description ptv.dropped.no-place");
        assertThat(dropped("c1a2b3c4-0001-4a00-8000-000000000001")).contains(
                "serviceHours[1].additionalInformation[language=sv] ptv.dropped.no-place Jul",
                "accessibilityClassification ptv.dropped.no-place",
                "addresses[0].streetAddress.latitude ptv.dropped.no-place 7116000.5",
                "serviceChannelDescriptions[type=Summary] ptv.dropped.no-place Palvelupiste.",
                "addresses[0].streetAddress.street[language=sv] ptv.dropped.no-place Fantasigatan");
        // A channel's Swedish name has a place: the service's Swedish file, by the place's id.
        assertThat(dropped("c1a2b3c4-0001-4a00-8000-000000000001")).noneMatch(field -> field.startsWith("serviceChannelNames"));
        assertThat(find("services.sv.json", COACHING).get("service_at_locations").findValuesAsString("name"))
                .contains("Sysselsättningstjänster, Exempelby");
        assertThat(dropped("c1a2b3c4-0003-4a00-8000-000000000003")).contains("requiresAuthentication ptv.dropped.no-place true");
        assertThat(dropped(TOWN)).contains("electronicInvoicings ptv.dropped.no-place", "addresses ptv.dropped.no-place",
                "organizationDescriptions[type=Summary] ptv.dropped.no-place Kuvitteellinen kaupunki.", "oid ptv.dropped.no-place 1.2.246.10.12345671.10.0");
    }

    @Test
    void read_fields_are_not_reported() {
        assertThat(result.dropped()).noneMatch(field -> field.path().startsWith("serviceNames")
                || field.path().equals("serviceChargeType") || field.path().equals("modified")
                || field.path().startsWith("serviceHours[0]") || field.path().equals("businessCode"));
    }

    private List<String> dropped(String itemId) {
        return result.dropped().stream().filter(field -> field.itemId().equals(itemId))
                .map(field -> field.path() + " " + field.messageKey() + (isScalar(field.value()) ? " " + field.value() : ""))
                .toList();
    }

    private static boolean isScalar(String value) {
        return value != null && !value.startsWith("[") && !value.startsWith("{");
    }

    private JsonNode find(String file, String id) {
        return StreamSupport.stream(result.file(file).spliterator(), false)
                .filter(document -> id.equals(document.get("id").asString())).findFirst().orElseThrow();
    }

    private static List<JsonNode> attributes(JsonNode owner) {
        List<JsonNode> attributes = new ArrayList<>();
        owner.path("attributes").forEach(attributes::add);
        return attributes;
    }

    private static List<String> field(JsonNode owner, String code) {
        return attributes(owner).stream().filter(a -> "ekokartta".equals(a.get("taxonomy_term").get("taxonomy").asString()))
                .filter(a -> code.equals(a.get("taxonomy_term").get("code").asString()))
                .map(a -> a.get("value").asString()).toList();
    }

    private static List<String> termCodes(JsonNode owner, String taxonomy) {
        return attributes(owner).stream().filter(a -> taxonomy.equals(a.get("taxonomy_term").get("taxonomy").asString()))
                .map(a -> a.get("taxonomy_term").get("code").asString()).toList();
    }

    private static List<String> termNames(JsonNode owner, String taxonomy) {
        return attributes(owner).stream().filter(a -> taxonomy.equals(a.get("taxonomy_term").get("taxonomy").asString()))
                .map(a -> a.get("taxonomy_term").get("name").asString()).toList();
    }

    private static List<String> values(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.path(field).asString(null)));
        return values;
    }
}
