package fi.ekokartta.exchange.ptv;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PtvMappingTest {

    @Test
    void every_seed_class_maps_to_the_ptv_class_its_term_uri_names() {
        List<String> seedClasses = new ArrayList<>();
        for (JsonNode term : PtvSamples.seedFile("taxonomy_terms.json")) {
            if (PtvMapping.CLASS_TAXONOMY.equals(term.path("taxonomy").asString(""))) {
                String code = term.get("code").asString();
                seedClasses.add(code);
                assertThat(PtvMapping.ptvServiceClass(code).map(PtvMapping::serviceClassUri)).as(code)
                        .contains(term.get("term_uri").asString());
            }
        }
        assertThat(PtvMapping.ourServiceClassCodes()).containsExactlyInAnyOrderElementsOf(seedClasses);
    }

    @Test
    void every_seed_target_group_has_a_ptv_target_group() {
        List<String> seedGroups = new ArrayList<>();
        PtvSamples.seedFile("taxonomy_terms.json").forEach(term -> {
            if (PtvMapping.TARGET_GROUP_TAXONOMY.equals(term.path("taxonomy").asString(""))) {
                seedGroups.add(term.get("code").asString());
            }
        });
        assertThat(PtvMapping.ourTargetGroupCodes()).containsExactlyInAnyOrderElementsOf(seedGroups);
        seedGroups.forEach(code -> assertThat(PtvMapping.ptvTargetGroup(code)).as(code).get().asString().matches("KR\\d(\\.\\d+)?"));
    }

    @Test
    void a_ptv_class_shared_by_two_of_ours_imports_as_the_preferred_one() {
        assertThat(PtvMapping.ourServiceClass("P4.8")).contains("1.3");
        assertThat(PtvMapping.ourServiceClass("P4.11")).contains("3.2");
        assertThat(PtvMapping.ourServiceClass("P22.2")).contains("3.1");
        assertThat(PtvMapping.ourServiceClass("P10.1")).contains("1.1");
    }

    @Test
    void an_unmapped_ptv_class_falls_back_to_its_nearest_mapped_parent() {
        assertThat(PtvMapping.ourServiceClass("P10.9")).contains("1");
        assertThat(PtvMapping.ourServiceClass("P6.10.1")).contains("2.3");
        assertThat(PtvMapping.ourServiceClass("P99")).isEmpty();
        assertThat(PtvMapping.ourTargetGroup("KR1.1")).contains("tyottomat-tyonhakijat");
        assertThat(PtvMapping.ourTargetGroup("KR3")).isEmpty();
    }

    @Test
    void codes_are_read_from_uris_and_urns() {
        assertThat(PtvMapping.codeOf("http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P10.1")).isEqualTo("P10.1");
        assertThat(PtvMapping.codeOf("http://urn.fi/URN:NBN:fi:au:ptvl:KR1.3")).isEqualTo("KR1.3");
        assertThat(PtvMapping.codeOf(" P4.11 ")).isEqualTo("P4.11");
    }

    @Test
    void charge_types_status_and_sectors_map_both_ways() {
        assertThat(PtvMapping.ptvChargeType("free")).contains("FreeOfCharge");
        assertThat(PtvMapping.ourChargeType("Chargeable")).contains("chargeable");
        assertThat(PtvMapping.ourChargeType("Charged")).isEmpty();
        assertThat(PtvMapping.hsdsStatus("Deleted")).isEqualTo("inactive");
        assertThat(PtvMapping.hsdsStatus("Modified")).isEqualTo("active");
        assertThat(PtvMapping.ptvOrganizationType("municipality")).contains("Municipality");
        assertThat(PtvMapping.ourSector("Municipality")).contains("municipality");
        assertThat(PtvMapping.municipalityOf(PtvMapping.municipalityUri("009"))).contains("009");
        assertThat(PtvMapping.municipalityOf("http://example.org/area/009")).isEmpty();
    }
}
