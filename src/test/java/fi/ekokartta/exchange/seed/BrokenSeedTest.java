package fi.ekokartta.exchange.seed;

import fi.ekokartta.AbstractIntegrationTest;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.exchange.imports.ImportProblem;
import fi.ekokartta.offering.OfferingRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BrokenSeedTest extends AbstractIntegrationTest {

    private static final Locale FINNISH = Locale.of("fi");

    @Autowired
    SeedLoader loader;
    @Autowired
    ActorRepository actors;
    @Autowired
    OfferingRepository offerings;

    @Test
    void a_valid_small_dataset_is_stored() {
        UUID org = UUID.randomUUID();
        UUID service = UUID.randomUUID();
        TestDataset dataset = TestDataset.create()
                .file("hsds/organizations.json", "[" + TestDataset.organization(org, "Testiyhdistys ry", "0201256-6") + "]")
                .file("hsds/services.json", "[" + TestDataset.service(service, org, "Testipalvelu", "active") + "]");

        SeedSummary summary = loader.load(dataset.folder);

        assertThat(summary.services()).isEqualTo(1);
        assertThat(actors.findById(org)).hasValueSatisfying(actor -> assertThat(actor.getBusinessId()).isEqualTo("0201256-6"));
        assertThat(offerings.findById(service)).isPresent();
    }

    @Test
    void a_service_of_an_unknown_organization_rejects_the_whole_dataset_naming_file_entry_and_field() {
        UUID org = UUID.randomUUID();
        UUID good = UUID.randomUUID();
        UUID bad = UUID.randomUUID();
        UUID missingOrg = UUID.randomUUID();
        TestDataset dataset = TestDataset.create()
                .file("hsds/organizations.json", "[" + TestDataset.organization(org, "Toimija A", "1572860-0") + "]")
                .file("hsds/services.json", "[" + TestDataset.service(good, org, "Hyvä palvelu", "active") + ","
                        + TestDataset.service(bad, missingOrg, "Rikkinäinen palvelu", "active") + "]");

        assertThatThrownBy(() -> loader.load(dataset.folder))
                .isInstanceOf(SeedDataException.class)
                .hasMessageContaining("nothing was stored")
                .hasMessageContaining("hsds/services.json, #2 (id " + bad + ", \"Rikkinäinen palvelu\"), field 'organization_id': unknown organization '" + missingOrg + "'");
        assertThat(actors.findById(org)).isEmpty();
        assertThat(offerings.findById(good)).isEmpty();
    }

    @Test
    void every_problem_is_listed_not_only_the_first() {
        UUID org = UUID.randomUUID();
        TestDataset dataset = TestDataset.create()
                .file("hsds/organizations.json", "[" + TestDataset.organization(org, "Toimija B", "1572860-1") + "]")
                .file("hsds/services.json", "[" + TestDataset.service(UUID.randomUUID(), org, "Palvelu", "sometimes") + "]");

        assertThatThrownBy(() -> loader.load(dataset.folder))
                .isInstanceOfSatisfying(SeedDataException.class, e -> assertThat(e.getProblems())
                        .extracting(ImportProblem::field)
                        .containsExactlyInAnyOrder("identifier", "status"))
                .hasMessageContaining("'1572860-1' is not a valid Business ID (Y-tunnus)")
                .hasMessageContaining("'sometimes' is not one of active, inactive, defunct, temporarily closed");
        assertThat(actors.findById(org)).isEmpty();
    }

    @Test
    void invalid_json_is_reported_with_its_line() {
        TestDataset dataset = TestDataset.create()
                .file("hsds/organizations.json", "[\n{\"id\": \"x\",\n \"name\": }\n]");

        assertThatThrownBy(() -> loader.load(dataset.folder))
                .isInstanceOf(SeedDataException.class)
                .hasMessageContaining("hsds/organizations.json: is not valid JSON at line 3");
    }

    @Test
    void a_translation_of_an_unknown_id_is_rejected() {
        UUID org = UUID.randomUUID();
        UUID stranger = UUID.randomUUID();
        TestDataset dataset = TestDataset.create()
                .file("hsds/organizations.json", "[" + TestDataset.organization(org, "Toimija C", "2617416-4") + "]")
                .file("hsds/organizations.sv.json", "[{\"id\": \"" + stranger + "\", \"name\": \"Aktör\"}]");

        assertThatThrownBy(() -> loader.load(dataset.folder))
                .hasMessageContaining("hsds/organizations.sv.json, #1 (id " + stranger + ", \"Aktör\"), field 'id': "
                        + "no service, organization or taxonomy term with this id in the Finnish files");
    }

    @Test
    void an_ecosystem_reference_to_an_unknown_actor_is_rejected() {
        UUID org = UUID.randomUUID();
        UUID stranger = UUID.randomUUID();
        TestDataset dataset = TestDataset.create()
                .file("hsds/organizations.json", "[" + TestDataset.organization(org, "Toimija D", "0116297-6") + "]")
                .file("ecosystem/relationships.json", """
                        [{"id": "r1", "from": "%s", "to": "%s", "type": "partners_with"}]""".formatted(org, stranger));

        assertThatThrownBy(() -> loader.load(dataset.folder))
                .hasMessageContaining("ecosystem/relationships.json, #1 (id r1), field 'to': unknown organization '" + stranger + "'")
                .isInstanceOfSatisfying(SeedDataException.class, e -> assertThat(e.describe(FINNISH))
                        .contains("ecosystem/relationships.json, #1 (id r1), kenttä 'to': tuntematon organisaatio '" + stranger + "'"));
        assertThat(actors.findById(org)).isEmpty();
    }

    @Test
    void a_relationship_ending_before_it_begins_is_rejected() {
        UUID org = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        TestDataset dataset = TestDataset.create()
                .file("hsds/organizations.json", "[" + TestDataset.organization(org, "Toimija E", "0116297-6") + ","
                        + TestDataset.organization(other, "Toimija F", "2617416-4") + "]")
                .file("ecosystem/relationships.json", """
                        [{"id": "r1", "from": "%s", "to": "%s", "type": "funds",
                          "valid_from": "2025-01-01", "valid_to": "2024-12-31"}]""".formatted(org, other));

        assertThatThrownBy(() -> loader.load(dataset.folder))
                .hasMessageContaining("ecosystem/relationships.json, #1 (id r1), field 'valid_to': "
                        + "ends (2024-12-31) before its start (2025-01-01)")
                .isInstanceOfSatisfying(SeedDataException.class, e -> assertThat(e.describe(FINNISH))
                        .contains("ecosystem/relationships.json, #1 (id r1), kenttä 'valid_to': "
                                + "päättyy (2024-12-31) ennen alkamispäivää (2025-01-01)"));
    }

    @Test
    void loading_the_same_id_again_updates_the_organization_rather_than_duplicating_it() {
        UUID existing = UUID.randomUUID();
        loader.load(TestDataset.create()
                .file("hsds/organizations.json", "[" + TestDataset.organization(existing, "Olemassa oleva", "0201256-6") + "]").folder);
        UUID fresh = UUID.randomUUID();
        loader.load(TestDataset.create().file("hsds/organizations.json", "["
                + TestDataset.organization(fresh, "Uusi toimija", "1572860-0") + ","
                + TestDataset.organization(existing, "Sama id uudelleen", "2617416-4") + "]").folder);

        assertThat(actors.findById(fresh)).isPresent();
        assertThat(actors.findById(existing)).hasValueSatisfying(actor ->
                assertThat(actor.getName().getFi()).isEqualTo("Sama id uudelleen"));
    }

    @Test
    void a_failure_while_storing_rolls_back_everything() {
        UUID fresh = UUID.randomUUID();
        UUID tooLong = UUID.randomUUID();
        TestDataset clash = TestDataset.create().file("hsds/organizations.json", "["
                + TestDataset.organization(fresh, "Uusi toimija", "1572860-0") + ","
                + TestDataset.organization(tooLong, "Pitkä", "2617416-4")
                        .replace("\"description\"", "\"website\": \"https://example.org/" + "x".repeat(300) + "\", \"description\"")
                + "]");

        assertThatThrownBy(() -> loader.load(clash.folder))
                .isInstanceOf(SeedDataException.class)
                .hasMessageContaining("Seed data rejected, nothing was stored (1 problem):")
                .hasMessageContaining(clash.folder + ": storing the seed failed and everything was rolled back: ")
                .isInstanceOfSatisfying(SeedDataException.class, e -> assertThat(e.describe(FINNISH))
                        .contains("Aloitusaineisto hylättiin, mitään ei tallennettu (1 ongelma):")
                        .contains(clash.folder + ": aloitusaineiston tallentaminen epäonnistui, ja kaikki peruttiin: "));
        assertThat(actors.findById(fresh)).isEmpty();
        assertThat(actors.findById(tooLong)).isEmpty();
    }

    @Test
    void a_folder_without_hsds_files_is_rejected() {
        TestDataset empty = TestDataset.create();

        assertThatThrownBy(() -> loader.load(empty.folder))
                .hasMessageContaining(empty.folder + ": has no hsds/ folder of HSDS JSON files")
                .isInstanceOfSatisfying(SeedDataException.class, e -> assertThat(e.describe(FINNISH))
                        .contains(empty.folder + ": kansiosta puuttuu alikansio hsds/ HSDS-muotoisia JSON-tiedostoja varten"));
    }
}
