package fi.ekokartta.exchange.imports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The kind of an HSDS seed file: by the HSDS object named at the start of its name, then by keys. */
class HsdsKindTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @CsvSource({
            "services.json, SERVICE", "service.json, SERVICE", "service_full.json, SERVICE",
            "service_list.json, SERVICE", "services-kotoutuminen.json, SERVICE", "hsds/services.sv.json, SERVICE",
            "Services.EN.json, SERVICE",
            "organizations.json, ORGANIZATION", "organization.json, ORGANIZATION",
            "organization_full.json, ORGANIZATION", "organization_list.json, ORGANIZATION",
            "organizations-base.json, ORGANIZATION", "organizations.en.json, ORGANIZATION",
            "taxonomy_terms.json, TAXONOMY_TERM", "taxonomy_term.json, TAXONOMY_TERM",
            "taxonomy_term_list.json, TAXONOMY_TERM", "taxonomy_terms.sv.json, TAXONOMY_TERM",
            "taxonomy.json, TAXONOMY", "taxonomies.json, TAXONOMY", "taxonomy_list.json, TAXONOMY",
            "service_at_location.json, SERVICE_AT_LOCATION", "service_at_locations.json, SERVICE_AT_LOCATION",
            "service_at_location_list.json, SERVICE_AT_LOCATION",
            "location.json, LOCATION", "locations.json, LOCATION", "location_list.json, LOCATION", "base.json, BASE"})
    void the_name_tells_the_kind_longest_name_first(String fileName, HsdsKind kind) {
        assertThat(HsdsKind.ofName(fileName)).contains(kind);
    }

    @ParameterizedTest
    @CsvSource({"data.json", "palvelut.json", "servicesx.json", "organisaatiot.json", "export.sv.json", "taxonomyterms.json"})
    void a_name_that_tells_nothing_gives_no_kind(String fileName) {
        assertThat(HsdsKind.ofName(fileName)).isEmpty();
    }

    @Test
    void without_a_telling_name_the_keys_still_tell() {
        assertThat(HsdsKind.of(items("{\"id\": \"x\", \"name\": \"n\", \"status\": \"active\"}"))).contains(HsdsKind.SERVICE);
        assertThat(HsdsKind.of(items("{\"id\": \"x\", \"name\": \"n\", \"website\": \"w\"}"))).contains(HsdsKind.ORGANIZATION);
        assertThat(HsdsKind.of(items("{\"id\": \"x\", \"name\": \"n\", \"code\": \"c\"}"))).contains(HsdsKind.TAXONOMY_TERM);
        assertThat(HsdsKind.of(items("{\"id\": \"x\", \"name\": \"n\", \"description\": \"d\"}"))).isEmpty();
    }

    @Test
    void objects_of_another_kind_contradict_the_name() {
        List<JsonNode> services = items("{\"id\": \"x\", \"name\": \"n\", \"organization_id\": \"o\", \"service_areas\": []}");
        assertThat(HsdsKind.ORGANIZATION.contradiction(services)).contains(
                List.of("organizations", "services", "'organization_id', 'service_areas'"));
        assertThat(HsdsKind.SERVICE.contradiction(services)).isEmpty();
    }

    @Test
    void minimal_or_own_objects_do_not_contradict_the_name() {
        assertThat(HsdsKind.ORGANIZATION.contradiction(items("{\"id\": \"x\", \"name\": \"n\", \"description\": \"d\"}"))).isEmpty();
        assertThat(HsdsKind.ORGANIZATION.contradiction(items("{\"id\": \"x\", \"name\": \"n\", \"website\": \"w\", \"uri\": \"u\"}")))
                .isEmpty();
        assertThat(HsdsKind.TAXONOMY.contradiction(items("{\"id\": \"x\", \"name\": \"n\", \"uri\": \"u\", \"version\": \"1\"}")))
                .isEmpty();
        assertThat(HsdsKind.TAXONOMY_TERM.contradiction(items("{\"id\": \"x\", \"name\": \"n\", \"code\": \"c\", \"taxonomy\": \"t\"}")))
                .isEmpty();
    }

    private static List<JsonNode> items(String... objects) {
        List<JsonNode> items = new ArrayList<>();
        for (String object : objects) {
            items.add(JSON.readTree(object));
        }
        return items;
    }
}
