package fi.ekokartta.exchange.imports;

import fi.ekokartta.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static fi.ekokartta.exchange.imports.ImportServiceTest.organization;
import static fi.ekokartta.exchange.imports.ImportServiceTest.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The terms of a service in HSDS (prices, documents, alert, other names, areas) are stored and validated. */
class ServiceTermsImportTest extends AbstractIntegrationTest {

    @Autowired
    ImportService imports;
    @Autowired
    JdbcTemplate jdbc;

    private final UUID org = UUID.randomUUID();
    private final UUID service = UUID.randomUUID();

    private ImportReport apply(String costOption, String documentUri) {
        String services = """
                [{"id": "%s", "name": "Hintapalvelu", "status": "active", "organization_id": "%s",
                  "alternate_name": "Hinnat", "alert": "Ryhmä on täynnä", "accreditations": "Sertifioitu",
                  "interpretation_services": "Tulkkaus viittomakielelle",
                  "cost_options": [%s],
                  "required_documents": [{"id": "%s", "document": "Lähete", "uri": "%s"}],
                  "service_areas": [{"id": "%s", "name": "Keskusta", "extent_type": "geojson", "extent": "{}"},
                    {"uri": "http://uri.suomi.fi/codelist/jhs/kunta_1_20250101/code/977"}]}]
                """.formatted(service, org, costOption, UUID.randomUUID(), documentUri, UUID.randomUUID());
        return imports.apply(source("organizations.json", "[" + organization(org, "Hintatoimija ry") + "]",
                "services.json", services));
    }

    private static String cost(String amount, String currency, String from, String to) {
        return """
                {"id": "%s", "option": "Alle 18-vuotiaat", "amount": %s, "currency": "%s", "amount_description": "tunti",
                 "valid_from": "%s", "valid_to": "%s"}
                """.formatted(UUID.randomUUID(), amount, currency, from, to);
    }

    @Test
    void the_terms_are_stored_and_nothing_of_them_is_dropped() {
        ImportReport report = apply(cost("12.50", "eur", "2026-01-01", "2026-12-31"), "https://www.kela.fi/lomake");

        assertThat(report.rejected()).as(report.render(Locale.ENGLISH)).isFalse();
        assertThat(report.rows()).filteredOn(r -> service.equals(r.id())).singleElement()
                .satisfies(row -> assertThat(row.dropped()).isEmpty());
        assertThat(jdbc.queryForMap("select alternate_name_fi, alert_fi, accreditations_fi, interpretation_services_fi "
                + "from offering where id = ?", service)).containsValues("Hinnat", "Ryhmä on täynnä", "Sertifioitu",
                "Tulkkaus viittomakielelle");
        List<Map<String, Object>> costs = jdbc.queryForList("select option_fi, amount, currency, amount_description_fi "
                + "from service_cost_option where offering_id = ?", service);
        assertThat(costs).extracting(r -> r.get("option_fi"), r -> r.get("amount"), r -> r.get("currency"),
                r -> r.get("amount_description_fi")).containsExactly(tuple("Alle 18-vuotiaat", new BigDecimal("12.50"), "EUR", "tunti"));
        assertThat(jdbc.queryForList("select document_fi, uri from required_document where offering_id = ?", service))
                .extracting(r -> r.get("document_fi"), r -> r.get("uri")).containsExactly(tuple("Lähete", "https://www.kela.fi/lomake"));
        assertThat(jdbc.queryForList("select name_fi from service_area where offering_id = ?", String.class, service))
                .containsExactly("Keskusta");
        assertThat(jdbc.queryForObject("select count(*) from offering_municipality where offering_id = ?", Integer.class, service))
                .isEqualTo(1);
    }

    @Test
    void a_negative_amount_a_bad_currency_a_reversed_period_and_a_bad_address_are_rejected_in_the_readers_language() {
        ImportReport report = apply(String.join(",", cost("-5", "EUR", "2026-01-01", "2026-12-31"),
                cost("5", "euro", "2026-01-01", "2026-12-31"), cost("5", "EUR", "2026-12-31", "2026-01-01")), "lähete.pdf");

        assertThat(report.rejected()).isTrue();
        List<ImportProblem> reasons = report.rows().stream().filter(r -> service.equals(r.id()))
                .flatMap(r -> r.reasons().stream()).toList();
        assertThat(reasons).extracting(ImportProblem::key).containsExactlyInAnyOrder("import.problem.negative-amount",
                "import.problem.not-currency", "import.problem.ends-before-start", "import.problem.not-url");
        assertThat(reasons).extracting(problem -> problem.message(Locale.of("fi")))
                .contains("'lähete.pdf' ei ole verkko-osoite (odotettiin esim. https://www.kela.fi/lomakkeet)");
        assertThat(jdbc.queryForObject("select count(*) from offering where id = ?", Integer.class, service)).isZero();
    }

    @Test
    void the_official_example_service_has_its_terms_read() {
        ImportPlan plan = ImportReading.read(ImportSource.fromPath(Path.of("src/test/resources/hsds-examples/3.1/service_full.json")),
                Map.of());

        UUID example = UUID.fromString("ac148810-d857-441c-9679-408f346de14b");
        ImportRow row = plan.report().rows().stream().filter(r -> example.equals(r.id())).findFirst().orElseThrow();
        assertThat(row.dropped()).doesNotContain("alternate_name", "alert", "accreditations", "interpretation_services",
                "cost_options[0].amount", "cost_options[0].currency", "required_documents[0].document",
                "service_areas[0].name", "service_areas[0].extent", "program.name", "program.alternate_name",
                "organization.programs[0].description").contains("licenses", "wait_time");
        assertThat(offering(plan, row).getProgram()).satisfies(program -> {
            assertThat(program.getName().getFi()).isEqualTo("Community Mental Health Support");
            assertThat(program.getAlternateName().getFi()).isEqualTo("MyCity Mental Health Group");
            assertThat(program.getActor().getId()).isEqualTo(UUID.fromString("d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"));
            assertThat(program.getActor().getPrograms()).containsExactly(program);
        });
        var offering = offering(plan, row);
        assertThat(offering.getAlternateName().getFi()).isEqualTo("MyCity Counselling Services");
        assertThat(offering.getCostOptions()).singleElement().satisfies(cost -> {
            assertThat(cost.getAmount()).isEqualByComparingTo("35");
            assertThat(cost.getCurrency()).isEqualTo("GBP");
            assertThat(cost.getOption().getFi()).isEqualTo("Under 18s and Over 60s");
        });
        assertThat(offering.getRequiredDocuments()).singleElement()
                .satisfies(document -> assertThat(document.getUri()).isEqualTo("http://example.com"));
        assertThat(offering.getAreas()).singleElement().satisfies(area -> assertThat(area.getExtentType()).isEqualTo("geojson"));
    }

    private static fi.ekokartta.offering.Offering offering(ImportPlan plan, ImportRow row) {
        return plan.graph().offerings.get(row.id());
    }

    @Test
    void a_service_belongs_to_its_providers_program_and_a_program_of_another_organization_is_refused() {
        UUID program = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        String organizations = "[" + """
                {"id": "%s", "name": "Ohjelmatoimija ry", "programs": [{"id": "%s", "name": "Nuorten polku",
                  "description": "ESR-hanke 2026–2028"}]}""".formatted(org, program) + "," + organization(other, "Toinen ry") + "]";
        String services = """
                [{"id": "%s", "name": "Ohjelman palvelu", "status": "active", "organization_id": "%s", "program_id": "%s"},
                 {"id": "%s", "name": "Väärän ohjelman palvelu", "status": "active", "organization_id": "%s",
                  "program_id": "%s"}]""".formatted(service, org, program, UUID.randomUUID(), other, program);

        ImportReport refused = imports.apply(source("organizations.json", organizations, "services.json", services));

        assertThat(refused.rejected()).isTrue();
        assertThat(refused.rows().stream().flatMap(r -> r.reasons().stream())).extracting(ImportProblem::key)
                .containsExactly("import.problem.program-of-another-organization");

        ImportReport report = imports.apply(source("organizations.json", organizations, "services.json",
                services.substring(0, services.indexOf("},") + 1) + "]"));

        assertThat(report.rejected()).as(report.render(Locale.ENGLISH)).isFalse();
        assertThat(jdbc.queryForObject("select program_id from offering where id = ?", UUID.class, service)).isEqualTo(program);
        assertThat(jdbc.queryForMap("select name_fi, description_fi, actor_id from program where id = ?", program))
                .containsValues("Nuorten polku", "ESR-hanke 2026–2028", org);
        ImportReport again = imports.apply(source("organizations.json", organizations, "services.json",
                services.substring(0, services.indexOf("},") + 1) + "]"));
        assertThat(again.rows()).extracting(ImportRow::outcome).containsOnly(ImportOutcome.UNCHANGED);
    }

    @Test
    void swedish_texts_of_the_terms_are_laid_over_the_finnish_ones_by_id() {
        UUID cost = UUID.randomUUID();
        UUID document = UUID.randomUUID();
        String finnish = """
                [{"id": "%s", "name": "Kielipalvelu", "status": "active", "organization_id": "%s",
                  "alternate_name": "Kielet", "alert": "Täynnä",
                  "cost_options": [{"id": "%s", "option": "Opiskelijat", "amount": 5, "currency": "EUR"}],
                  "required_documents": [{"id": "%s", "document": "Lähete"}]}]""".formatted(service, org, cost, document);
        String swedish = """
                [{"id": "%s", "name": "Språktjänst", "alternate_name": "Språk", "alert": "Full",
                  "cost_options": [{"id": "%s", "option": "Studerande"}],
                  "required_documents": [{"id": "%s", "document": "Remiss"}]}]""".formatted(service, cost, document);

        ImportReport report = imports.apply(source("organizations.json", "[" + organization(org, "Kielitoimija ry") + "]",
                "services.json", finnish, "services.sv.json", swedish));

        assertThat(report.rejected()).as(report.render(Locale.ENGLISH)).isFalse();
        assertThat(jdbc.queryForMap("select alternate_name_sv, alert_sv from offering where id = ?", service))
                .containsValues("Språk", "Full");
        assertThat(jdbc.queryForObject("select option_sv from service_cost_option where id = ?", String.class, cost))
                .isEqualTo("Studerande");
        assertThat(jdbc.queryForObject("select document_sv from required_document where id = ?", String.class, document))
                .isEqualTo("Remiss");
    }
}
