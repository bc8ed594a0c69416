package fi.ekokartta.exchange.imports;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorIdentifier;
import fi.ekokartta.actor.ActorWebsite;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static fi.ekokartta.exchange.imports.HsdsExamplesReadingTest.ORGANIZATION;
import static fi.ekokartta.exchange.imports.HsdsExamplesReadingTest.examples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The organization fields of issue 16 (further websites, identifiers, legal status, year
 * incorporated, logo, uri, funding) are read from the official example and validated.
 */
class OrganizationDetailsReadingTest {

    @Test
    void the_official_organization_example_keeps_its_details_and_drops_only_what_ekokartta_does_not_model() {
        ImportPlan plan = ImportReading.read(ImportSource.fromPath(examples("3.1").resolve("organization_full.json")), Map.of());

        assertThat(plan.problems()).as(plan.report().render(Locale.ENGLISH)).isEmpty();
        Actor actor = plan.graph().actors.get(ORGANIZATION);
        assertThat(actor.getWebsites()).extracting(ActorWebsite::getId, ActorWebsite::getLabel, ActorWebsite::getUrl)
                .containsExactly(tuple(UUID.fromString("30951f94-7b24-11ef-ba1b-a79405d4dcaa"), "Website", "https://example.org"));
        assertThat(actor.getIdentifiers()).extracting(ActorIdentifier::getId, ActorIdentifier::getScheme,
                        ActorIdentifier::getType, ActorIdentifier::getIdentifier)
                .containsExactly(tuple(UUID.fromString("d4dbcebc-0802-47cb-8651-b937ac4f2f3e"), "GB-COH", "Company number", "1234567"));
        assertThat(actor.getBusinessId()).isNull();
        assertThat(actor.getLegalStatus()).isEqualTo("Limited Company");
        assertThat(actor.getYearIncorporated()).isEqualTo(2011);
        assertThat(actor.getLogo()).isEqualTo("https://openreferral.org/wp-content/uploads/2018/02/OpenReferral_Logo_Green-4-1.png");
        assertThat(actor.getUri()).isEqualTo("http://example.com");
        assertThat(actor.getFunding()).startsWith("This service is funded partially by the MyCity local government");

        ImportRow row = plan.report().rows().stream().filter(r -> ORGANIZATION.equals(r.id())).findFirst().orElseThrow();
        assertThat(row.dropped()).contains("tax_status", "locations[0].id", "locations[0].addresses[0].address_1", "funding[0].id")
                .doesNotContain("additional_websites", "additional_websites[0].url", "additional_websites[0].label",
                        "additional_websites[0].id", "year_incorporated", "legal_status", "logo", "uri", "funding[0].source",
                        "organization_identifiers", "organization_identifiers[0].identifier",
                        "organization_identifiers[0].identifier_scheme", "organization_identifiers[0].identifier_type",
                        "organization_identifiers[0].id");
    }

    @Test
    void a_finnish_business_id_among_the_identifiers_becomes_the_y_tunnus_and_the_others_are_kept() {
        ImportPlan plan = read("""
                {"id": "%s", "name": "Tunnisteyhdistys ry", "organization_identifiers": [
                  {"id": "%s", "identifier_scheme": "FI-PRO", "identifier_type": "Y-tunnus", "identifier": "0201256-6"},
                  {"id": "%s", "identifier_scheme": "FI-PRH-YR", "identifier_type": "Yhdistysrekisterinumero", "identifier": "123.456"}]}
                """.formatted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()));

        assertThat(plan.problems()).isEmpty();
        Actor actor = plan.graph().actors.values().iterator().next();
        assertThat(actor.getBusinessId()).isEqualTo("0201256-6");
        assertThat(actor.getIdentifiers()).extracting(ActorIdentifier::getScheme, ActorIdentifier::getIdentifier)
                .containsExactly(tuple("FI-PRH-YR", "123.456"));
    }

    @Test
    void bad_addresses_years_and_business_ids_are_refused_with_localized_messages() {
        int nextYear = Year.now().getValue() + 1;
        ImportPlan plan = read("""
                {"id": "%s", "name": "Virheellinen ry", "logo": "logo.png", "uri": "ftp://example.fi/x",
                 "year_incorporated": %d,
                 "additional_websites": [{"id": "%s", "label": "Työnantajille", "url": "www.example.fi"}, {"label": "Ilman osoitetta"}],
                 "organization_identifiers": [{"identifier_type": "Y-tunnus", "identifier": "1234567-8"},
                   {"identifier_scheme": "XX", "identifier": "1"}]}
                """.formatted(UUID.randomUUID(), nextYear, UUID.randomUUID()));

        assertThat(plan.problems()).extracting(ImportProblem::field, ImportProblem::key).containsExactlyInAnyOrder(
                tuple("logo", "import.problem.not-url"),
                tuple("uri", "import.problem.not-url"),
                tuple("year_incorporated", "import.problem.year-out-of-range"),
                tuple("url", "import.problem.not-url"),
                tuple("url", "import.problem.required"),
                tuple("identifier", "import.problem.not-business-id"),
                tuple("identifier_type", "import.problem.required"));
        ImportProblem year = plan.problems().stream().filter(p -> p.field().equals("year_incorporated")).findFirst().orElseThrow();
        assertThat(year.message(Locale.forLanguageTag("fi")))
                .isEqualTo(nextYear + " ei ole vuosi väliltä 1800–" + (nextYear - 1));
        assertThat(year.message(Locale.forLanguageTag("sv"))).isEqualTo(nextYear + " är inte ett år mellan 1800 och " + (nextYear - 1));
    }

    @Test
    void a_year_before_1800_is_refused_and_1800_is_accepted() {
        assertThat(read("""
                {"id": "%s", "name": "Vanha ry", "year_incorporated": 1799}
                """.formatted(UUID.randomUUID())).problems()).extracting(ImportProblem::key)
                .containsExactly("import.problem.year-out-of-range");
        ImportPlan plan = read("""
                {"id": "%s", "name": "Vanha ry", "year_incorporated": 1800}
                """.formatted(UUID.randomUUID()));
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.graph().actors.values().iterator().next().getYearIncorporated()).isEqualTo(1800);
    }

    private static ImportPlan read(String organization) {
        return ImportReading.read(ImportSource.of(List.of(new ImportSource.Document("organizations.json",
                ("[" + organization + "]").getBytes(StandardCharsets.UTF_8)))), Map.of());
    }
}
