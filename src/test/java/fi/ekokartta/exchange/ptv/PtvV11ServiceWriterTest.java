package fi.ekokartta.exchange.ptv;

import fi.ekokartta.exchange.ptv.v11.PtvV11Reader;
import fi.ekokartta.exchange.ptv.v11.PtvV11ServiceWriter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class PtvV11ServiceWriterTest {

    private static final String REGISTRATION = "b5b9945b-7808-5062-b26c-026ac4caee2f";
    private static final Set<String> AREA_TYPES = Set.of("Nationwide", "NationwideExceptAlandIslands", "LimitedType");
    private static final Set<String> CHARGE_TYPES = Set.of("Chargeable", "FreeOfCharge", "Other");
    private static final Pattern SERVICE_CLASS = Pattern.compile(Pattern.quote(PtvMapping.SERVICE_CLASS_URI) + "P\\d+(\\.\\d+)*");
    private static final Pattern TARGET_GROUP = Pattern.compile(Pattern.quote(PtvMapping.TARGET_GROUP_URI) + "KR\\d(\\.\\d+)?");

    private final ArrayNode seedServices = PtvSamples.JSON.createArrayNode();
    private final Map<String, JsonNode> seedTranslations = new HashMap<>();
    private final ArrayNode exported;

    PtvV11ServiceWriterTest() {
        ArrayNode swedish = PtvSamples.JSON.createArrayNode();
        ArrayNode english = PtvSamples.JSON.createArrayNode();
        for (String group : List.of("tyollistyminen", "osaaminen", "kotoutuminen", "tyonantajapalvelut", "erityispalvelut")) {
            seedServices.addAll((ArrayNode) PtvSamples.seedFile("services-" + group + ".json"));
            swedish.addAll((ArrayNode) PtvSamples.seedFile("services-" + group + ".sv.json"));
            english.addAll((ArrayNode) PtvSamples.seedFile("services-" + group + ".en.json"));
        }
        seedTranslations.put("sv", swedish);
        seedTranslations.put("en", english);
        exported = new PtvV11ServiceWriter().writeAll(seedServices, seedTranslations);
    }

    @Test
    void every_exported_service_has_the_fields_ptv_requires_with_mapped_codes() {
        assertThat(exported).hasSize(seedServices.size());
        for (JsonNode service : exported) {
            String id = service.path("sourceId").asString();
            assertThat(UUID.fromString(id)).as("sourceId").isNotNull();
            assertThat(texts(service.get("serviceNames"), "Name")).as(id).containsKey("fi");
            assertThat(texts(service.get("serviceDescriptions"), "Description")).as(id).containsKey("fi");
            assertThat(service.get("languages")).as(id).isNotEmpty();
            assertThat(service.get("type").asString()).isEqualTo("Service");
            assertThat(service.get("fundingType").asString()).isEqualTo("PubliclyFunded");
            assertThat(service.get("publishingStatus").asString()).isEqualTo("Draft");
            assertThat(AREA_TYPES).contains(service.get("areaType").asString());
            service.path("areas").forEach(area -> area.get("areaCodes")
                    .forEach(code -> assertThat(code.asString()).matches("\\d{3}")));
            assertThat(service.get("serviceClasses")).as(id).isNotEmpty();
            service.get("serviceClasses").forEach(uri -> assertThat(uri.asString()).matches(SERVICE_CLASS));
            service.get("targetGroups").forEach(uri -> assertThat(uri.asString()).matches(TARGET_GROUP));
            if (service.has("serviceChargeType")) {
                assertThat(CHARGE_TYPES).contains(service.get("serviceChargeType").asString());
            }
            assertThat(service.get("mainResponsibleOrganization").asString()).isNotBlank();
            // PTV's maximum lengths (V9VmOpenApiServiceInBase): longer texts are refused on POST.
            service.get("serviceNames").forEach(name -> assertThat(name.get("value").asString()).as(id).hasSizeLessThanOrEqualTo(100));
            texts(service.get("serviceDescriptions"), "Summary").values().forEach(summary ->
                    assertThat(summary).as(id).hasSizeLessThanOrEqualTo(150));
            texts(service.get("serviceDescriptions"), "Description").values().forEach(description ->
                    assertThat(description).as(id).hasSizeLessThanOrEqualTo(2500));
            service.get("keywords").forEach(keyword -> assertThat(keyword.get("value").asString()).as(id).hasSizeLessThanOrEqualTo(150));
            assertThat(service.get("serviceProducers").get(0).get("provisionType").asString()).isEqualTo("SelfProducedServices");
        }
    }

    @Test
    void a_seed_service_is_exported_with_its_texts_classes_groups_and_municipalities() {
        JsonNode service = exported(REGISTRATION);
        assertThat(texts(service.get("serviceNames"), "Name")).containsEntry("fi", "Työnhakijaksi ilmoittautuminen ja alkuhaastattelu")
                .containsEntry("sv", "Anmälan som arbetssökande och inledande intervju").containsKey("en");
        assertThat(texts(service.get("serviceDescriptions"), "Summary")).containsKeys("fi", "sv");
        assertThat(texts(service.get("serviceDescriptions"), "UserInstruction")).containsKey("fi");
        assertThat(strings(service.get("serviceClasses"))).containsExactlyInAnyOrder(
                PtvMapping.SERVICE_CLASS_URI + "P10.1", PtvMapping.SERVICE_CLASS_URI + "P10.6");
        assertThat(strings(service.get("targetGroups"))).containsExactly(PtvMapping.TARGET_GROUP_URI + "KR1");
        assertThat(strings(service.get("areas").get(0).get("areaCodes"))).containsExactly("977", "208", "535", "009", "746");
        assertThat(service.get("serviceChargeType").asString()).isEqualTo("FreeOfCharge");
        assertThat(strings(service.get("languages"))).containsExactly("fi", "sv", "en");
        List<String> keywords = new ArrayList<>();
        service.get("keywords").forEach(keyword -> keywords.add(keyword.get("language").asString() + ":" + keyword.get("value").asString()));
        assertThat(keywords).contains("fi:työnhaku", "sv:arbetssökande").doesNotContain("sv:työnhaku");
    }

    @Test
    void a_translation_that_repeats_the_finnish_text_is_not_sent_as_swedish() {
        JsonNode finnish = PtvSamples.JSON.readTree("""
                {"id": "%s", "name": "Nimi", "description": "Kuvaus", "organization_id": "%s"}""".formatted(REGISTRATION, REGISTRATION));
        JsonNode swedish = PtvSamples.JSON.readTree("""
                {"id": "%s", "name": "Namn", "description": "Kuvaus"}""".formatted(REGISTRATION));
        JsonNode service = new PtvV11ServiceWriter().write(finnish, Map.of("sv", swedish));
        assertThat(texts(service.get("serviceNames"), "Name")).containsEntry("sv", "Namn");
        assertThat(texts(service.get("serviceDescriptions"), "Description")).containsOnlyKeys("fi");
        assertThat(service.get("areaType").asString()).isEqualTo("Nationwide");
    }

    @Test
    void export_then_import_keeps_names_descriptions_classes_and_areas() {
        PtvImport imported = new PtvV11Reader(PtvSamples.seedVocabulary())
                .read(Map.of("export.json", exported.toString()));
        Map<String, JsonNode> back = byId(imported.file("services.json"));
        Map<String, JsonNode> backSwedish = byId(imported.file("services.sv.json"));
        Map<String, JsonNode> backEnglish = byId(imported.file("services.en.json"));
        assertThat(back).hasSize(seedServices.size());
        Map<String, JsonNode> swedish = byId(seedTranslations.get("sv"));
        Map<String, JsonNode> english = byId(seedTranslations.get("en"));
        for (JsonNode original : seedServices) {
            String id = original.get("id").asString();
            JsonNode copy = back.get(id);
            assertThat(copy.get("name").asString()).as(id).isEqualTo(original.get("name").asString());
            assertThat(copy.get("description").asString()).as(id).isEqualTo(original.get("description").asString());
            assertThat(copy.get("organization_id").asString()).as(id).isEqualTo(original.get("organization_id").asString());
            assertThat(text(backSwedish, id, "name")).as(id).isEqualTo(text(swedish, id, "name"));
            assertThat(text(backSwedish, id, "description")).as(id).isEqualTo(text(swedish, id, "description"));
            assertThat(text(backEnglish, id, "name")).as(id).isEqualTo(text(english, id, "name"));
            assertThat(text(backEnglish, id, "description")).as(id).isEqualTo(text(english, id, "description"));
            assertThat(municipalities(copy)).as(id).isEqualTo(municipalities(original));
            assertThat(classes(copy)).as(id).isEqualTo(classesThroughPtv(original));
        }
    }

    private static String text(Map<String, JsonNode> documents, String id, String field) {
        JsonNode document = documents.get(id);
        return document == null ? null : document.path(field).asString(null);
    }

    private static Set<String> classesThroughPtv(JsonNode service) {
        Set<String> expected = new LinkedHashSet<>();
        classes(service).forEach(code -> PtvMapping.ptvServiceClass(code).flatMap(PtvMapping::ourServiceClass)
                .ifPresent(expected::add));
        return expected;
    }

    private static Set<String> classes(JsonNode service) {
        Set<String> codes = new LinkedHashSet<>();
        service.path("attributes").forEach(attribute -> {
            if (PtvMapping.CLASS_TAXONOMY.equals(attribute.path("taxonomy_term").path("taxonomy").asString(""))) {
                codes.add(attribute.path("taxonomy_term").path("code").asString());
            }
        });
        return codes;
    }

    private static Set<String> municipalities(JsonNode service) {
        Set<String> codes = new LinkedHashSet<>();
        service.path("service_areas").forEach(area -> PtvMapping.municipalityOf(area.path("uri").asString(null))
                .ifPresent(codes::add));
        return codes;
    }

    private JsonNode exported(String id) {
        for (JsonNode service : exported) {
            if (id.equals(service.get("sourceId").asString())) {
                return service;
            }
        }
        throw new AssertionError("not exported: " + id);
    }

    private static Map<String, JsonNode> byId(JsonNode documents) {
        Map<String, JsonNode> result = new HashMap<>();
        documents.forEach(document -> result.put(document.get("id").asString(), document));
        return result;
    }

    private static Map<String, String> texts(JsonNode items, String type) {
        Map<String, String> result = new HashMap<>();
        items.forEach(item -> {
            if (type.equals(item.path("type").asString(null))) {
                result.put(item.get("language").asString(), item.get("value").asString());
            }
        });
        return result;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}
