package fi.ekokartta.exchange.tabular;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class OfficialCsvExampleTest {

    private final TabularPackage.Contents contents = new TabularPackage().read(OfficialExamples.csvFolder());

    @Test
    void every_official_csv_file_is_read_with_every_column() {
        assertThat(contents.ignored()).containsExactly("datapackage.json (a link to ../../datapackage.json)");
        assertThat(contents.data().tableNames()).hasSize(24);
        assertThat(contents.data().row("phone", "1554f2e2-a373-45db-a3fa-9fc48a61c15e").orElseThrow())
                .containsEntry("extension", "100").containsEntry("contact_id", "1e7efce3-639b-4880-940c-b95cd30cdb50");
    }

    @Test
    void nested_service_has_the_official_service_full_values() {
        JsonNode nested = new DocumentNester(contents.data()).nest("service", true).get(0);

        Comparison comparison = new Comparison(OfficialExamples.json("service_full.json"), nested);

        assertThat(comparison.differing()).isEmpty();
        assertThat(comparison.extra()).allMatch(Leaves::isLink);
        assertThat(comparison.missingSubtrees()).containsExactlyInAnyOrder(UNLINKED_IN_OFFICIAL_CSV_OF_SERVICE);
    }

    @Test
    void nested_organization_has_the_official_organization_full_values() {
        JsonNode nested = new DocumentNester(contents.data()).nest("organization", true).get(0);

        Comparison comparison = new Comparison(OfficialExamples.json("organization_full.json"), nested);

        assertThat(comparison.differing()).isEmpty();
        assertThat(comparison.extra()).allMatch(Leaves::isLink);
        assertThat(comparison.missingSubtrees()).containsExactlyInAnyOrder(UNLINKED_IN_OFFICIAL_CSV_OF_ORGANIZATION);
    }

    @Test
    void the_hsds_3_0_example_package_reads_as_well() {
        TabularPackage.Contents hsds30 = new TabularPackage().read(OfficialExamples.csvFolder("3.0"));

        JsonNode service = TabularDocuments.of(hsds30.data()).files().get("services.json").get(0);

        assertThat(hsds30.ignored()).containsExactly("datapackage.json (a link to ../../datapackage.json)");
        assertThat(hsds30.data().tableNames()).hasSize(21);
        assertThat(service.get("name").asString())
                .isEqualTo(OfficialExamples.json("../hsds-3.0/service_full.json").get("name").asString());
        assertThat(service.at("/phones/0/number").asString()).isNotBlank();
    }

    @Test
    void numbers_get_their_json_type_from_the_schema() {
        JsonNode service = new DocumentNester(contents.data()).nest("service", false).get(0);

        assertThat(service.get("minimum_age").isNumber()).isTrue();
        assertThat(service.get("minimum_age").asInt()).isEqualTo(12);
        assertThat(service.get("name").isString()).isTrue();
    }

    /**
     * The official CSV files do not link every row the way the official JSON examples nest it, so
     * these subtrees cannot be nested from them; everything else must come out as in the JSON
     * example. In the official files: url.csv has neither service_id nor organization_id;
     * attributes.csv's link_id (f28dd44b), metadata.csv's resource_id (38960354) and
     * service_capacity.csv's service_id (f75b808e) name no row; contacts.csv's organization_id
     * (ae67a707) and service_at_location_id (93eaf18d), locations.csv's organization_id (985e4a42)
     * and service_areas.csv's service_at_location_id (af69894e) differ from the examples' ids.
     */
    private static final String[] UNLINKED_IN_OFFICIAL_CSV_OF_SERVICE = {"/additional_urls", "/attributes",
        "/capacities", "/metadata", "/organization/additional_websites", "/organization/contacts",
        "/organization/locations", "/service_at_locations/0/contacts", "/service_at_locations/0/service_areas"};
    private static final String[] UNLINKED_IN_OFFICIAL_CSV_OF_ORGANIZATION = {"/additional_websites", "/contacts",
        "/locations", "/services/0/additional_urls", "/services/0/attributes", "/services/0/capacities",
        "/services/0/metadata", "/services/0/service_at_locations/0/contacts",
        "/services/0/service_at_locations/0/service_areas"};

    /** Leaf values of an official example against those of a nested document. */
    record Comparison(Map<String, String> official, Map<String, String> nested) {

        Comparison(JsonNode official, JsonNode nested) {
            this(Leaves.of(official), Leaves.of(nested));
        }

        Map<String, String> differing() {
            Map<String, String> differing = new TreeMap<>();
            official.forEach((path, value) -> {
                if (nested.containsKey(path) && !nested.get(path).equals(value)) {
                    differing.put(path, value + " ≠ " + nested.get(path));
                }
            });
            return differing;
        }

        Set<String> extra() {
            return nested.keySet().stream().filter(path -> !official.containsKey(path))
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        /** The shortest paths under which official leaves are missing, when all leaves under them are missing. */
        Set<String> missingSubtrees() {
            Set<String> missing = official.keySet().stream().filter(path -> !nested.containsKey(path))
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> subtrees = new TreeSet<>();
            for (String path : missing) {
                String subtree = path;
                for (String parent = parent(path); parent != null && !hasNested(parent); parent = parent(parent)) {
                    subtree = parent;
                }
                subtrees.add(subtree);
            }
            return subtrees;
        }

        private boolean hasNested(String prefix) {
            return nested.keySet().stream().anyMatch(path -> path.startsWith(prefix + "/"));
        }

        private static String parent(String path) {
            int slash = path.lastIndexOf('/');
            return slash <= 0 ? null : path.substring(0, slash);
        }
    }
}
