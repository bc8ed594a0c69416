package fi.ekokartta.exchange.imports;

import fi.ekokartta.exchange.api.document.OrganizationDocument;
import fi.ekokartta.exchange.api.document.PhoneDocument;
import fi.ekokartta.exchange.api.document.ScheduleDocument;
import fi.ekokartta.exchange.api.document.ServiceDocument;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Binding an imported object to the HSDS document records the API writes. */
class HsdsBindingTest {

    private static final String ID = "a3c5a5b2-7a1e-4b89-9f5e-2f6c1b8d0a11";

    private final ImportProblems problems = new ImportProblems();

    private ImportEntry entry(String json) {
        JsonNode node = JsonMapper.builder().build().readTree(json.replace('\'', '"'));
        return new ImportEntry(node, "services.json", 0, problems);
    }

    private List<String> problemPaths() {
        return problems.problems().stream().map(p -> p.entry().replaceFirst("^#1 \\(id [^)]*\\)", "#1") + " | " + p.field() + " | " + p.key()).toList();
    }

    @Test
    void present_keys_are_read_stripped_and_typed() {
        ImportEntry entry = entry("{'id': ' " + ID + " ', 'name': '  Työkokeilu ', 'minimum_age': 16, 'description': '  ',"
                + "'phones': [{'number': '09 123', 'extension': 12}]}");

        ServiceDocument service = entry.bind(ServiceDocument.class);

        assertThat(service.id()).isEqualTo(UUID.fromString(ID));
        assertThat(service.name()).isEqualTo("Työkokeilu");
        assertThat(service.description()).as("blank text is no text").isNull();
        assertThat(service.minimumAge()).isEqualTo(16);
        assertThat(service.phones()).containsExactly(new PhoneDocument(null, "09 123", 12, null, null));
        assertThat(service.contacts()).as("an absent list is empty").isEmpty();
        assertThat(problems.problems()).isEmpty();
        assertThat(entry.use().dropped()).isEmpty();
    }

    @Test
    void unknown_keys_stay_unread_and_are_reported_as_dropped_with_their_path() {
        ImportEntry entry = entry("{'id': '" + ID + "', 'name': 'A', 'tax_status': 'x',"
                + "'phones': [{'number': '1', 'languages': [{'code': 'fi'}]}, {'number': '2', 'x': 1}]}");

        entry.bind(ServiceDocument.class);

        assertThat(entry.use().dropped()).containsExactly("tax_status", "phones[0].languages[0].code", "phones[1].x");
    }

    @Test
    void wrong_types_become_problems_on_their_field_and_the_rest_is_still_read() {
        ImportEntry entry = entry("{'id': 'abc', 'name': {'fi': 'A'}, 'minimum_age': 'sixteen', 'maximum_age': 2.5,"
                + "'phones': ['0400', {'number': 5, 'extension': 'x'}, {'number': '09 1'}],"
                + "'service_at_locations': [{'location': {'latitude': 'north', 'name': 'Paikka',"
                + "  'addresses': [{'city': 'Oulu'}, {'postal_code': []}]}}],"
                + "'languages': {'code': 'fi'}, 'email': 'a@b.fi'}");

        ServiceDocument service = entry.bind(ServiceDocument.class);

        assertThat(problemPaths()).containsExactlyInAnyOrder(
                "#1 | id | import.problem.not-uuid",
                "#1 | name | import.problem.expected-text",
                "#1 | minimum_age | import.problem.expected-whole-number",
                "#1 | maximum_age | import.problem.expected-whole-number",
                "#1 | phones[0] | import.problem.expected-object",
                "#1 > phones[1] | number | import.problem.expected-text",
                "#1 > phones[1] | extension | import.problem.expected-whole-number",
                "#1 > service_at_locations[0] > location | latitude | import.problem.expected-number",
                "#1 > service_at_locations[0] > location > addresses[1] | postal_code | import.problem.expected-text",
                "#1 | languages | import.problem.expected-list");
        assertThat(service.id()).isNull();
        assertThat(service.email()).isEqualTo("a@b.fi");
        assertThat(service.phones()).hasSize(3);
        assertThat(service.phones().get(0)).as("keeps its place, so paths stay those of the file").isNull();
        assertThat(service.phones().get(2).number()).isEqualTo("09 1");
        assertThat(service.serviceAtLocations().getFirst().location().name()).isEqualTo("Paikka");
        assertThat(service.serviceAtLocations().getFirst().location().addresses().getFirst().city()).isEqualTo("Oulu");
        assertThat(service.languages()).isEmpty();
        assertThat(entry.refused("id")).isTrue();
        assertThat(entry.required("id", service.id())).as("not reported twice").isNull();
        assertThat(problems.problems()).hasSize(10);
    }

    @Test
    void a_missing_required_value_is_reported_once() {
        ImportEntry entry = entry("{'name': ''}");

        ServiceDocument service = entry.bind(ServiceDocument.class);
        entry.required("id", service.id());
        entry.required("name", service.name());

        assertThat(problemPaths()).containsExactly("#1 | id | import.problem.required", "#1 | name | import.problem.required");
    }

    @Test
    void keys_left_to_another_reader_are_neither_bound_nor_read() {
        ImportEntry entry = entry("{'id': '" + ID + "', 'name': 'A', 'organization': {'id': 5, 'name': 'O'}}");

        ServiceDocument service = entry.bind(ServiceDocument.class, "organization");

        assertThat(service.organization()).isNull();
        assertThat(problems.problems()).isEmpty();
        assertThat(entry.use().dropped()).containsExactly("organization.id", "organization.name");
    }

    @Test
    void unused_drops_a_whole_part_after_all() {
        ImportEntry entry = entry("{'id': '" + ID + "', 'name': 'A', 'phones': [{'number': '1', 'description': 'D'}]}");

        entry.bind(OrganizationDocument.class);
        entry.child("phones", 0).unused("description");
        entry.unused("name");

        assertThat(entry.use().dropped()).containsExactly("name", "phones[0].description");
        entry.unused("phones");
        assertThat(entry.use().dropped()).containsExactly("name", "phones[0].number", "phones[0].description");
    }

    @Test
    void dates_take_their_day_and_identifiers_may_be_numbers() {
        ImportEntry entry = entry("{'valid_from': '2025-01-31T10:00:00Z', 'valid_to': '31.1.2025', 'interval': 2}");

        ScheduleDocument schedule = entry.bind(ScheduleDocument.class);

        assertThat(schedule.validFrom()).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(schedule.validTo()).isNull();
        assertThat(schedule.interval()).isEqualTo(2);
        assertThat(problemPaths()).containsExactly("#1 | valid_to | import.problem.not-date");
    }

    private static ImportPlan importOf(String json) {
        return ImportReading.read(ImportSource.of(List.of(new ImportSource.Document("services.json",
                json.replace('\'', '"').getBytes(java.nio.charset.StandardCharsets.UTF_8)))), Map.of());
    }

    private static final String ORGANIZATION = "{'id': 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610', 'name': 'Järjestäjä'}";

    @Test
    void an_import_with_values_of_the_wrong_type_names_every_one_of_them_and_reads_the_rest() {
        ImportPlan plan = importOf("[{'id': '" + ID + "', 'name': 'Työkokeilu', 'status': 'active', 'organization': "
                + ORGANIZATION + ", 'minimum_age': '16', 'phones': [{'number': '09 123', 'extension': 'abc'}],"
                + "'service_at_locations': [{'id': '" + UUID.randomUUID() + "', 'location': {'location_type': 'physical',"
                + "  'name': 'Paikka', 'latitude': 'north', 'addresses': [{'address_1': 'Katu 1', 'city': 'Oulu',"
                + "  'postal_code': {'fi': '90100'}}]}}],"
                + "'cost_options': [{'valid_from': 'tomorrow'}], 'assured_date': 5}]");

        assertThat(plan.rejected()).isTrue();
        assertThat(plan.problems()).extracting(p -> p.entry().replaceFirst("^#1 \\(id [^)]*\\)", "#1") + " | " + p.field()
                        + " | " + p.key())
                .containsExactlyInAnyOrder(
                        "#1 | minimum_age | import.problem.expected-whole-number",
                        "#1 > phones[0] | extension | import.problem.expected-whole-number",
                        "#1 > service_at_locations[0] > location | latitude | import.problem.expected-number",
                        "#1 > service_at_locations[0] > location > addresses[0] | postal_code | import.problem.expected-text",
                        "#1 > cost_options[0] | valid_from | import.problem.not-date",
                        "#1 | assured_date | import.problem.expected-text");
        assertThat(plan.problems()).allSatisfy(problem ->
                assertThat(problem.message(java.util.Locale.of("fi"))).doesNotContain("import.problem"));
    }

    @Test
    void an_import_reports_keys_no_record_has_as_dropped_and_keeps_the_rest() {
        ImportPlan plan = importOf("[{'id': '" + ID + "', 'name': 'Työkokeilu', 'status': 'active', 'organization': "
                + ORGANIZATION + ", 'wait_time': '2 viikkoa', 'fees': 'Maksuton',"
                + "'phones': [{'number': '09 123', 'extension': 12, 'languages': [{'code': 'fi'}]}]}]");

        assertThat(plan.problems()).isEmpty();
        ImportRow row = plan.report().rows().stream().filter(r -> UUID.fromString(ID).equals(r.id())).findFirst().orElseThrow();
        assertThat(row.dropped()).containsExactlyInAnyOrder("wait_time", "phones[0].languages[0].code");
        assertThat(plan.graph().offerings.get(UUID.fromString(ID)).getCostDescription().in("fi"))
                .as("HSDS 3.0's fees, an import-only component of the service record").contains("Maksuton");
    }
}
