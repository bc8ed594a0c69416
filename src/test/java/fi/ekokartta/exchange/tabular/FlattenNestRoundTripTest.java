package fi.ekokartta.exchange.tabular;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FlattenNestRoundTripTest {

    private static final PackageInfo INFO = new PackageInfo("test", "Test", "2026-01-01T00:00:00Z", "CC-BY-4.0");

    @Test
    void official_service_full_survives_flatten_zip_read_and_nest() throws IOException {
        JsonNode official = OfficialExamples.json("service_full.json");
        DocumentFlattener flattener = new DocumentFlattener().add("service", official);

        TabularDocuments documents = TabularDocuments.of(throughZip(flattener.data()));
        JsonNode nested = documents.files().get("services.json").get(0);

        assertThat(flattener.dropped()).isEmpty();
        assertSameLeaves(official, nested);
        assertThat(documents.files()).containsOnlyKeys("services.json", "organizations.json", "taxonomies.json",
                "taxonomy_terms.json");
        assertSameLeaves(official, OfficialExamples.JSON.readTree(documents.fileBytes().get("services.json")).get(0));
    }

    @Test
    void official_organization_full_survives_flatten_and_nest_with_its_services() throws IOException {
        JsonNode official = OfficialExamples.json("organization_full.json");
        DocumentFlattener flattener = new DocumentFlattener().add("organization", official);

        JsonNode nested = new DocumentNester(throughZip(flattener.data())).nest("organization", true).get(0);

        assertThat(flattener.dropped()).isEmpty();
        assertSameLeaves(official, nested);
    }

    @Test
    void an_empty_text_and_no_value_stay_apart() throws IOException {
        ObjectNode service = OfficialExamples.JSON.createObjectNode().put("id", "s1").put("name", "")
                .put("description", "Kuvaus, jossa on \"lainausmerkit\"\nja rivinvaihto");

        JsonNode nested = new DocumentNester(throughZip(new DocumentFlattener().add("service", service).data()))
                .nest("service", false).get(0);

        assertThat(nested.get("name").asString()).isEmpty();
        assertThat(nested.has("email")).isFalse();
        assertThat(nested.get("description").asString()).isEqualTo(service.get("description").asString());
    }

    @Test
    void values_without_a_column_are_reported_as_dropped() {
        ObjectNode service = OfficialExamples.JSON.createObjectNode().put("id", "s1").put("name", "Palvelu")
                .put("favourite_colour", "green");
        ArrayNode phones = service.putArray("phones");
        phones.addObject().put("number", "+358 40 0000000");
        service.putObject("status").put("nested", "object where text belongs");

        DocumentFlattener flattener = new DocumentFlattener().add("service", OfficialExamples.JSON.createArrayNode()
                .add(service));

        assertThat(flattener.dropped()).containsExactlyInAnyOrder("services[0].favourite_colour",
                "services[0].phones[0] (no id)", "services[0].status");
        assertThat(flattener.data().row("service", "s1").orElseThrow()).containsEntry("name", "Palvelu");
    }

    @Test
    void a_link_cycle_does_not_nest_an_object_inside_itself() {
        TabularData data = new TabularData();
        data.rowFor("taxonomy_term", "t1").put("name", "Ylä");
        data.rowFor("attribute", "a1").putAll(Map.of("link_id", "t1", "taxonomy_term_id", "t1"));
        data.rowFor("organization", "o1").put("name", "Toimija");
        data.rowFor("service", "s1").putAll(Map.of("organization_id", "o1", "name", "Palvelu"));

        JsonNode organization = new DocumentNester(data).nest("organization", true).get(0);

        assertThat(organization.at("/services/0/name").asString()).isEqualTo("Palvelu");
        assertThat(organization.at("/services/0/organization").isMissingNode()).isTrue();
    }

    private static TabularData throughZip(TabularData data) throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        new TabularPackage().write(data, INFO, zip);
        TabularPackage.Contents contents = new TabularPackage().read(new ByteArrayInputStream(zip.toByteArray()));
        assertThat(contents.ignored()).isEmpty();
        return contents.data();
    }

    private static void assertSameLeaves(JsonNode official, JsonNode nested) {
        Map<String, String> expected = Leaves.of(official);
        Map<String, String> actual = Leaves.of(nested);
        assertThat(actual).containsAllEntriesOf(expected);
        assertThat(actual.keySet()).allMatch(path -> expected.containsKey(path) || Leaves.isLink(path));
    }
}
