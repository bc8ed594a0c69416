package fi.ekokartta.exchange.imports;

import fi.ekokartta.AbstractIntegrationTest;
import fi.ekokartta.StandaloneApp;
import fi.ekokartta.exchange.api.PublishedDocuments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole published dataset (the API's full documents, as the open data holds them) exported,
 * imported through {@link ImportService} into a second application on an empty database of its
 * own, and exported again, is the same dataset — in Finnish, Swedish and English.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExchangeRoundTripTest extends AbstractIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /**
     * What must differ: last_modified is the moment the importing database stored the object, not
     * the source's (HSDS: "the datetime when the object was last modified" — in this database).
     */
    static final Pattern IGNORED = Pattern.compile(".*\\blast_modified$");

    private static ConfigurableApplicationContext emptyApp;

    @Autowired
    PublishedDocuments published;
    @Autowired
    ImportService imports;

    @BeforeAll
    static void startOnAnEmptyDatabase() throws IOException {
        emptyApp = StandaloneApp.start(StandaloneApp.newDataDir("round-trip-"));
    }

    @AfterAll
    static void stop() {
        emptyApp.close();
    }

    @Test
    @Order(1)
    void the_published_dataset_imported_into_an_empty_database_exports_the_same_documents() {
        addServiceWithCapacities();
        addServiceWithSchedules();
        addServiceWithPhoneAndPlaceDetails();
        addOrganizationWithDetails();
        Map<String, JsonNode> first = export(published);

        ImportReport report = emptyApp.getBean(ImportService.class).apply(ImportSource.of(documents(first)));

        assertThat(report.rejected()).as(report.render(Locale.ENGLISH)).isFalse();
        assertThat(report.applied()).isTrue();
        Map<String, JsonNode> second = export(emptyApp.getBean(PublishedDocuments.class));
        List<String> differences = first.keySet().stream()
                .flatMap(kind -> differences(leaves(first.get(kind)), leaves(second.get(kind))).stream()
                        .map(difference -> kind + ": " + difference)).toList();
        assertThat(differences).isEmpty();
        assertThat(first.get("services.sv").toString()).as("the dataset has Swedish texts to carry")
                .isNotEqualTo(first.get("services").toString());
        assertThat(first.get("services").findValues("capacities")).as("the dataset has capacities to carry").isNotEmpty();
        assertThat(first.get("services").findValues("cost_options")).as("and cost options").isNotEmpty();
        assertThat(first.get("services").findValues("bymonthday")).as("the dataset has schedules in full to carry")
                .isNotEmpty();
        assertThat(first.get("services").findValuesAsString("external_identifier")).as("and place details").contains("1000123456");
        assertThat(first.get("organizations").findValues("additional_websites")).as("the dataset has websites to carry")
                .isNotEmpty();
    }

    /** An organization with every detail of issue 16: further websites, identifiers, legal status, year, logo, uri, funding. */
    private void addOrganizationWithDetails() {
        String organization = """
                [{"id": "%s", "name": "Yksityiskohtainen yhdistys ry", "description": "Tiedot", "website": "https://yhdistys.example",
                  "additional_websites": [{"id": "%s", "label": "Työnantajille", "url": "https://yhdistys.example/tyonantajat"},
                                          {"id": "%s", "url": "https://hanke.example"}],
                  "year_incorporated": 1987, "legal_status": "Rekisteröity yhdistys",
                  "logo": "https://yhdistys.example/logo.png", "uri": "https://yhdistys.example/id",
                  "funding": [{"id": "%s", "source": "STEA"}],
                  "organization_identifiers": [
                    {"id": "%s", "identifier_scheme": "FI-PRO", "identifier_type": "Y-tunnus", "identifier": "0201256-6"},
                    {"id": "%s", "identifier_scheme": "FI-PRH-YR", "identifier_type": "Yhdistysrekisterinumero", "identifier": "123.456"}]}]
                """.formatted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID());
        ImportReport report = imports.apply(ImportSource.of(List.of(
                new ImportSource.Document("organizations.json", organization.getBytes(StandardCharsets.UTF_8)))));
        assertThat(report.rejected()).as(report.render(Locale.ENGLISH)).isFalse();
        // The sources' own ids of the Y-tunnus and of the funding are not kept: both are one field of the actor.
        assertThat(report.rows()).singleElement().satisfies(row -> assertThat(row.dropped())
                .containsExactlyInAnyOrder("funding[0].id", "organization_identifiers[0].id"));
    }

    /** The seed's schedules are weekly: one service with a monthly one, a period and a date of its own is published beside it. */
    private void addServiceWithSchedules() {
        String organizationId = published.organizations("fi").getFirst().id().toString();
        String service = """
                [{"id": "%s", "name": "Aikataulutestin palvelu", "status": "active", "organization_id": "%s",
                  "service_at_locations": [{"id": "%s", "location": {"id": "%s", "location_type": "physical",
                    "name": "Olohuone", "addresses": [{"id": "%s", "address_1": "Torikatu 3", "city": "Ylivieska",
                      "postal_code": "84100", "state_province": "", "country": "FI", "address_type": "physical"}]},
                    "schedules": [
                      {"id": "%s", "freq": "MONTHLY", "interval": 2, "byday": "1MO,-1FR", "bymonthday": "1,-1",
                       "byweekno": "2", "byyearday": "100", "count": 6, "until": "2027-12-31", "dtstart": "2027-01-04",
                       "wkst": "MO", "valid_from": "2027-01-01", "valid_to": "2027-05-31", "opens_at": "17:00",
                       "closes_at": "19:00", "description": "Iltaryhmä", "schedule_link": "https://ajanvaraus.example.fi",
                       "attending_type": "Paikan päällä", "notes": "Ilmoittaudu edellisenä päivänä"},
                      {"id": "%s", "freq": "WEEKLY", "byday": "MO,TU", "opens_at": "10:00", "closes_at": "14:00",
                       "valid_from": "2027-06-01", "valid_to": "2027-08-31"},
                      {"id": "%s", "valid_from": "2027-12-24", "valid_to": "2027-12-24", "description": "Jouluaatto"}]}]}]
                """.formatted(UUID.randomUUID(), organizationId, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        ImportReport report = imports.apply(ImportSource.of(List.of(
                new ImportSource.Document("services.json", service.getBytes(StandardCharsets.UTF_8)))));
        assertThat(report.rejected()).as(report.render(Locale.ENGLISH)).isFalse();
        assertThat(report.rows()).singleElement()
                .satisfies(row -> assertThat(row.dropped()).noneMatch(path -> path.contains("schedules")));
    }

    /**
     * The seed has no capacity figures, nor channel names in Swedish or English: one service with
     * two figures, named in Finnish words, and a visiting address and a phone named in Finnish,
     * Swedish and English (services.sv.json, services.en.json), is published beside it.
     */
    private void addServiceWithCapacities() {
        String organizationId = published.organizations("fi").getFirst().id().toString();
        UUID serviceId = UUID.randomUUID();
        UUID placeId = UUID.randomUUID();
        UUID locationId = UUID.randomUUID();
        UUID phoneId = UUID.randomUUID();
        String service = """
                [{"id": "%s", "name": "Kapasiteettitestin palvelu", "status": "active", "organization_id": "%s",
                  "phones": [{"id": "%s", "number": "+358 40 000 0999", "description": "Kapasiteettipuhelin"}],
                  "service_at_locations": [{"id": "%s", "location": {"id": "%s", "location_type": "physical",
                    "name": "Kapasiteettitalo", "addresses": [{"id": "%s", "address_1": "Testikatu 1", "city": "Ylivieska",
                    "postal_code": "84100", "country": "FI", "address_type": "physical"}]}}],
                  "capacities": [
                    {"id": "%s", "unit": {"id": "%s", "name": "paikkaa"}, "available": 3, "maximum": 10,
                     "description": "Kevään ryhmä", "updated": "2026-10-05T09:15:30.5+03:00"},
                    {"id": "%s", "unit": {"id": "%s", "identifier": "QUEUE_PERSONS"}, "available": 7,
                     "updated": "2026-11-01T00:00:00Z"}],
                  "alternate_name": "Paikkapalvelu", "alert": "Kevään ryhmä on täynnä",
                  "interpretation_services": "Tulkki tilattavissa", "accreditations": "Laatusertifikaatti",
                  "cost_options": [{"id": "%s", "option": "Opiskelijat", "amount": 12.5, "currency": "EUR",
                    "amount_description": "kerta", "valid_from": "2026-01-01", "valid_to": "2026-12-31"}],
                  "required_documents": [{"id": "%s", "document": "Lähete", "uri": "https://www.kela.fi/lomake"}],
                  "service_areas": [{"id": "%s", "name": "Keskusta", "description": "Postinumerot 84100-84120"}]}]
                """.formatted(serviceId, organizationId, phoneId, placeId, locationId, UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID());
        String translation = """
                [{"id": "%s", "name": "%s",
                  "phones": [{"id": "%s", "description": "%s"}],
                  "service_at_locations": [{"id": "%s", "location": {"id": "%s", "name": "%s"}}]}]
                """;
        String swedish = translation.formatted(serviceId, "Kapacitetstestets tjänst", phoneId, "Kapacitetstelefon",
                placeId, locationId, "Kapacitetshuset");
        String english = translation.formatted(serviceId, "Capacity test service", phoneId, "Capacity phone",
                placeId, locationId, "Capacity house");
        ImportReport report = imports.apply(ImportSource.of(List.of(
                new ImportSource.Document("services.json", service.getBytes(StandardCharsets.UTF_8)),
                new ImportSource.Document("services.sv.json", swedish.getBytes(StandardCharsets.UTF_8)),
                new ImportSource.Document("services.en.json", english.getBytes(StandardCharsets.UTF_8)))));
        assertThat(report.rejected()).as(report.render(Locale.ENGLISH)).isFalse();
        assertThat(report.rows()).allSatisfy(row -> assertThat(row.dropped()).as("names and descriptions are all kept")
                .noneMatch(path -> path.endsWith("name") || path.endsWith("description")));
        String exportedSwedish = JSON.valueToTree(published.services("sv")).toString();
        assertThat(exportedSwedish).contains("Kapacitetshuset", "Kapacitetstelefon");
        assertThat(JSON.valueToTree(published.services("en")).toString()).contains("Capacity house", "Capacity phone");
    }

    /** Nor has it phone extensions, postal addresses or accessibility pages: one service has them all. */
    private void addServiceWithPhoneAndPlaceDetails() {
        String organizationId = published.organizations("fi").getFirst().id().toString();
        String service = """
                [{"id": "%s", "name": "Paikkatietojen palvelu", "status": "active", "organization_id": "%s",
                  "phones": [{"id": "%s", "number": "+358 8 000 0001", "extension": 205, "type": "cell",
                              "description": "Neuvonta"}],
                  "contacts": [{"id": "%s", "name": "Palveluohjaaja", "phones": [{"id": "%s", "number": "+358 8 000 0003",
                                "extension": 31, "type": "voice"}]}],
                  "service_at_locations": [{"id": "%s", "location": {"id": "%s", "location_type": "physical",
                    "name": "Kaupungintalo", "alternate_name": "Virastotalo", "description": "Kaupungin palvelupiste",
                    "external_identifier": "1000123456", "external_identifier_type": "pysyvä rakennustunnus",
                    "addresses": [
                      {"id": "%s", "address_1": "Kauppatie 1", "city": "Kalajoki", "postal_code": "85100",
                       "state_province": "", "country": "FI", "address_type": "physical"},
                      {"id": "%s", "address_1": "PL 12", "city": "Kalajoki", "postal_code": "85101",
                       "state_province": "", "country": "FI", "address_type": "postal"}],
                    "accessibility": [{"id": "%s", "description": "Esteetön sisäänkäynti",
                      "details": "Induktiosilmukka palvelutiskillä", "url": "https://kalajoki.example/esteettomyys"}],
                    "phones": [{"id": "%s", "number": "+358 8 000 0002", "extension": 12, "type": "voice"}]}}]}]
                """.formatted(UUID.randomUUID(), organizationId, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID());
        ImportReport report = imports.apply(ImportSource.of(List.of(
                new ImportSource.Document("services.json", service.getBytes(StandardCharsets.UTF_8)))));
        assertThat(report.rejected()).as(report.render(Locale.ENGLISH)).isFalse();
    }

    /**
     * The official 3.1 example service, imported and exported: each of its leaf values is found in
     * the exported document, or its path is in the import report's dropped list — and each
     * dropped path whose value occurs once in the example is indeed gone. Values compare after normalizing their form (a date-time as its
     * instant, a time of day with seconds, a number without trailing zeros).
     */
    @Test
    @Order(2)
    void the_official_example_service_loses_exactly_what_the_report_lists_as_dropped() throws IOException {
        Path file = Path.of("src/test/resources/hsds-examples/3.1/service_full.json");
        JsonNode source = JSON.readTree(file.toFile());
        UUID id = UUID.fromString(source.get("id").asString());

        // A database of its own: the dataset round trip may already have carried the example's
        // term or organization over (when another test imported the examples first), and a stored
        // term keeps its own values, which would look like a dropped value that was exported.
        ImportRow row;
        JsonNode exported;
        try (ConfigurableApplicationContext fresh = StandaloneApp.start(StandaloneApp.newDataDir("example-trip-"))) {
            ImportReport report = fresh.getBean(ImportService.class).apply(ImportSource.fromPath(file));
            assertThat(report.rejected()).as(report.render(Locale.ENGLISH)).isFalse();
            row = report.rows().stream().filter(r -> id.equals(r.id())).findFirst().orElseThrow();
            exported = JSON.valueToTree(fresh.getBean(PublishedDocuments.class).services("fi")).valueStream()
                    .filter(service -> service.get("id").asString().equals(id.toString())).findFirst().orElseThrow();
        }
        Map<String, String> sourceLeaves = new TreeMap<>();
        collectAll(source, "", sourceLeaves);
        Map<String, String> exportedLeaves = new TreeMap<>();
        collectAll(exported, "", exportedLeaves);
        java.util.Set<String> kept = new java.util.HashSet<>(exportedLeaves.values());
        List<String> lost = sourceLeaves.entrySet().stream().filter(leaf -> !kept.contains(leaf.getValue()))
                .map(Map.Entry::getKey).toList();
        assertThat(lost.stream().filter(path -> !row.dropped().contains(path)).toList())
                .as("lost but not reported as dropped").isEmpty();
        // The example repeats values (the same contact under the service, its place and location;
        // "voice", "WEEKLY"), so a dropped value can only be told apart when it occurs once.
        Map<String, Long> occurrences = sourceLeaves.values().stream()
                .collect(java.util.stream.Collectors.groupingBy(value -> value, java.util.stream.Collectors.counting()));
        assertThat(row.dropped().stream().filter(sourceLeaves::containsKey)
                .filter(path -> occurrences.get(sourceLeaves.get(path)) == 1).filter(path -> !lost.contains(path)).toList())
                .as("reported as dropped but exported").isEmpty();
    }

    /**
     * Every leaf by its path from the document's root, its value in a normal form; a currency code
     * in ISO 4217's upper case (the official example writes "gbp").
     */
    static void collectAll(JsonNode node, String path, Map<String, String> leaves) {
        if (node.isObject()) {
            node.properties().forEach(field -> collectAll(field.getValue(),
                    path.isEmpty() ? field.getKey() : path + "." + field.getKey(), leaves));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectAll(node.get(i), path + "[" + i + "]", leaves);
            }
        } else if (!node.isNull() && !(node.isString() && node.asString().isBlank())) {
            leaves.put(path, path.endsWith(".currency") ? normal(node).toUpperCase(Locale.ROOT) : normal(node));
        }
    }

    private static String normal(JsonNode value) {
        if (value.isNumber()) {
            return value.decimalValue().stripTrailingZeros().toPlainString();
        }
        String text = value.asString().strip();
        try {
            return java.time.OffsetDateTime.parse(text).toInstant().toString();
        } catch (java.time.format.DateTimeParseException notADateTime) {
            // not a date-time
        }
        try {
            return java.time.LocalTime.parse(text).toString();
        } catch (java.time.format.DateTimeParseException notATime) {
            return text;
        }
    }

    /** The languages the dataset is published in; the Finnish files come first, the others lay their texts over them. */
    static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    /** Each kind's documents in each language, keyed as their files are named: services.json, services.sv.json, ... */
    static Map<String, JsonNode> export(PublishedDocuments documents) {
        Map<String, JsonNode> export = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            String suffix = "fi".equals(language) ? "" : "." + language;
            export.put("taxonomy_terms" + suffix, JSON.valueToTree(documents.taxonomyTerms(language)));
            export.put("organizations" + suffix, JSON.valueToTree(documents.organizations(language)));
            export.put("services" + suffix, JSON.valueToTree(documents.services(language)));
        }
        return export;
    }

    private static List<ImportSource.Document> documents(Map<String, JsonNode> export) {
        return export.entrySet().stream()
                .map(kind -> new ImportSource.Document(kind.getKey() + ".json", JSON.writeValueAsBytes(kind.getValue())))
                .toList();
    }

    /** Every leaf value by its path, top-level objects keyed by id so that their order does not count. */
    static Map<String, String> leaves(JsonNode list) {
        Map<String, String> leaves = new TreeMap<>();
        for (JsonNode item : list) {
            collect(item, item.path("id").asString(), leaves);
        }
        return leaves;
    }

    /** Each path whose value differs, as {@code path: before -> after}. */
    static List<String> differences(Map<String, String> before, Map<String, String> after) {
        java.util.SortedSet<String> paths = new java.util.TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        return paths.stream().filter(path -> !java.util.Objects.equals(before.get(path), after.get(path)))
                .map(path -> path + ": " + before.get(path) + " -> " + after.get(path)).toList();
    }

    static void collect(JsonNode node, String path, Map<String, String> leaves) {
        if (node.isObject()) {
            node.properties().forEach(field -> collect(field.getValue(), path + "." + field.getKey(), leaves));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", leaves);
            }
        } else if (!IGNORED.matcher(path).matches()) {
            leaves.put(path, node.asString());
        }
    }
}
