package fi.ekokartta.exchange.seed;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.exchange.imports.ImportOutcome;
import fi.ekokartta.exchange.imports.ImportPlan;
import fi.ekokartta.exchange.imports.ImportReading;
import fi.ekokartta.exchange.imports.ImportRow;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Datasets read in memory (no database): services with a nested organization, minimal
 * organizations files, and files whose name and objects disagree.
 */
class NestedOrganizationsTest {

    private static String nestedService(UUID id, String name, String organization) {
        return """
                {"id": "%s", "name": "%s", "status": "active", "description": "Palvelu",
                 "organization": %s}
                """.formatted(id, name, organization);
    }

    private static String minimalOrganization(UUID id, String name) {
        return """
                {"id": "%s", "name": "%s", "description": "Toimija %s"}
                """.formatted(id, name, name);
    }

    private static SeedGraph read(TestDataset dataset) {
        return dataset.read();
    }

    @Test
    void a_dataset_of_only_services_with_nested_organizations_creates_each_organization_once() {
        UUID org = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        TestDataset dataset = TestDataset.create().file("hsds/services.json", "[" 
                + nestedService(first, "Työkokeilu", minimalOrganization(org, "Kunta")) + ","
                + nestedService(second, "Palkkatuki", minimalOrganization(org, "Kunta")) + ","
                + nestedService(third, "Ohjaus", minimalOrganization(other, "Yhdistys")) + "]");

        SeedGraph graph = read(dataset);

        assertThat(graph.actors).containsOnlyKeys(org, other);
        assertThat(graph.actors.get(org).getName().in("fi")).contains("Kunta");
        assertThat(graph.actors.get(org).getDescription().in("fi")).contains("Toimija Kunta");
        assertThat(graph.offerings.get(first).getProvider()).isSameAs(graph.actors.get(org));
        assertThat(graph.offerings.get(second).getProvider()).isSameAs(graph.actors.get(org));
        assertThat(graph.offerings.get(third).getProvider()).isSameAs(graph.actors.get(other));
    }

    @Test
    void an_organization_also_in_an_organizations_file_is_taken_from_the_file_not_duplicated() {
        UUID org = UUID.randomUUID();
        UUID service = UUID.randomUUID();
        TestDataset dataset = TestDataset.create()
                .file("hsds/organizations.json", "[" + TestDataset.organization(org, "Toimija", "0201256-6") + "]")
                .file("hsds/services.json", "[" + nestedService(service, "Palvelu", minimalOrganization(org, "Lyhyt nimi")) + "]");

        SeedGraph graph = read(dataset);

        assertThat(graph.actors).containsOnlyKeys(org);
        Actor actor = graph.actors.get(org);
        assertThat(actor.getName().in("fi")).contains("Toimija");
        assertThat(actor.getBusinessId()).isEqualTo("0201256-6");
        assertThat(graph.offerings.get(service).getProvider()).isSameAs(actor);
    }

    @Test
    void organization_id_and_the_same_nested_organization_agree() {
        UUID org = UUID.randomUUID();
        UUID service = UUID.randomUUID();
        String json = nestedService(service, "Palvelu", minimalOrganization(org, "Kunta"))
                .replace("\"status\"", "\"organization_id\": \"" + org + "\", \"status\"");
        SeedGraph graph = read(TestDataset.create().file("hsds/services.json", "[" + json + "]"));

        assertThat(graph.actors).containsOnlyKeys(org);
        assertThat(graph.offerings.get(service).getProvider()).isSameAs(graph.actors.get(org));
    }

    @Test
    void organization_id_and_a_nested_organization_with_another_id_are_an_error() {
        UUID org = UUID.randomUUID();
        UUID nested = UUID.randomUUID();
        UUID service = UUID.randomUUID();
        String json = nestedService(service, "Palvelu", minimalOrganization(nested, "Kunta"))
                .replace("\"status\"", "\"organization_id\": \"" + org + "\", \"status\"");
        TestDataset dataset = TestDataset.create()
                .file("hsds/organizations.json", "[" + minimalOrganization(org, "Toimija") + "]")
                .file("hsds/services.json", "[" + json + "]");

        assertThatThrownBy(() -> read(dataset)).isInstanceOf(SeedDataException.class)
                .hasMessageContaining("hsds/services.json, #1 (id " + service + ", \"Palvelu\") > organization, field 'id': '"
                        + nested + "' differs from the service's organization_id '" + org + "'");
    }

    @Test
    void a_nested_organization_without_a_name_is_reported_in_its_service() {
        UUID org = UUID.randomUUID();
        UUID service = UUID.randomUUID();
        TestDataset dataset = TestDataset.create().file("hsds/services.json",
                "[" + nestedService(service, "Palvelu", "{\"id\": \"" + org + "\"}") + "]");

        assertThatThrownBy(() -> read(dataset)).isInstanceOf(SeedDataException.class)
                .hasMessageContaining("hsds/services.json, #1 (id " + service + ", \"Palvelu\") > organization, field 'name': is required")
                .hasMessageNotContaining("unknown organization");
    }

    @Test
    void a_file_of_minimal_organizations_loads_by_its_name() {
        UUID org = UUID.randomUUID();
        UUID service = UUID.randomUUID();
        TestDataset dataset = TestDataset.create()
                .file("hsds/organizations.json", "[" + minimalOrganization(org, "Toimija") + "]")
                .file("hsds/services.json", "[" + TestDataset.service(service, org, "Palvelu", "active")
                        .replaceAll(",\\s*\"service_areas\": \\[[^\\]]*\\]", "") + "]");

        SeedGraph graph = read(dataset);

        assertThat(graph.actors).containsOnlyKeys(org);
        assertThat(graph.offerings.get(service).getProvider()).isSameAs(graph.actors.get(org));
    }

    @Test
    void a_minimal_file_whose_name_tells_nothing_still_cannot_be_told() {
        TestDataset dataset = TestDataset.create()
                .file("hsds/data.json", "[" + minimalOrganization(UUID.randomUUID(), "Toimija") + "]");

        assertThatThrownBy(() -> read(dataset)).isInstanceOf(SeedDataException.class)
                .hasMessageContaining("hsds/data.json: cannot tell whether it holds services, organizations or taxonomy terms");
    }

    @Test
    void a_file_named_as_organizations_holding_services_is_an_error_naming_the_file() {
        UUID org = UUID.randomUUID();
        TestDataset dataset = TestDataset.create().file("hsds/organizations.json", """
                [{"id": "%s", "name": "Palvelu", "organization_id": "%s", "service_areas": []}]
                """.formatted(UUID.randomUUID(), org));

        assertThatThrownBy(() -> read(dataset)).isInstanceOf(SeedDataException.class)
                .hasMessageContaining("hsds/organizations.json: is named as a file of organizations but its objects look like services");
    }

    @Test
    void a_location_no_service_uses_and_a_taxonomy_are_understood_but_not_stored() {
        UUID org = UUID.randomUUID();
        UUID location = UUID.randomUUID();
        UUID taxonomy = UUID.randomUUID();
        TestDataset dataset = TestDataset.create()
                .file("hsds/locations.json", "[{\"id\": \"" + location + "\", \"name\": \"Toimipiste\", \"location_type\": \"physical\"}]")
                .file("hsds/taxonomies.json", "[{\"id\": \"" + taxonomy + "\", \"name\": \"PTV\", \"uri\": \"u\", \"version\": \"1\"}]")
                .file("hsds/organizations.json", "[" + minimalOrganization(org, "Toimija") + "]");

        ImportPlan plan = ImportReading.read(SeedDataset.hsds(dataset.folder), Map.of());

        assertThat(plan.rejected()).isFalse();
        assertThat(plan.graph().actors).containsOnlyKeys(org);
        assertThat(plan.report().rows()).filteredOn(row -> row.outcome() == ImportOutcome.NOT_STORED)
                .extracting(ImportRow::id).containsExactlyInAnyOrder(location, taxonomy);
    }
}
