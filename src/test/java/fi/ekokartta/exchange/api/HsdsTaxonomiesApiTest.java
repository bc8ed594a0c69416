package fi.ekokartta.exchange.api;

import fi.ekokartta.taxonomy.TargetGroupRepository;
import fi.ekokartta.taxonomy.TaxonomyTermRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class HsdsTaxonomiesApiTest extends HsdsApiTestBase {

    @Autowired
    private TaxonomyTermRepository terms;
    @Autowired
    private TargetGroupRepository targetGroups;

    @Test
    void the_taxonomies_are_ours_and_every_taxonomy_named_by_a_term_with_ids_derived_from_the_name() {
        List<JsonNode> taxonomies = allPages("/taxonomies", 2);

        assertThat(taxonomies).extracting(taxonomy -> taxonomy.get("name").asString())
                .contains("ekokartta-palveluluokitus", "ekokartta-kohderyhma", data.otherTaxonomy)
                .doesNotHaveDuplicates();
        JsonNode classes = taxonomies.stream()
                .filter(taxonomy -> taxonomy.get("name").asString().equals("ekokartta-palveluluokitus"))
                .findFirst().orElseThrow();
        assertThat(classes.get("id").asString()).isEqualTo(Taxonomies.id("ekokartta-palveluluokitus").toString());
        assertThat(json("/taxonomies/" + classes.get("id").asString() + "?lang=en").get("description").asString())
                .startsWith("Ekokartta service classification");
        assertThat(get("/taxonomies/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    }

    @Test
    void a_service_class_mapped_to_ptv_has_the_ptv_class_uri_its_parent_and_its_taxonomy() {
        JsonNode term = json("/taxonomy_terms/" + data.ptvClassId);

        assertThat(term.get("term_uri").asString()).isEqualTo("http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P10.1");
        assertThat(term.get("parent_id").asString()).isEqualTo(data.parentClassId.toString());
        assertThat(term.get("code").asString()).isEqualTo("T" + data.token + ".1");
        assertThat(term.get("taxonomy").asString()).isEqualTo("ekokartta-palveluluokitus");
        assertThat(term.get("taxonomy_id").asString()).isEqualTo(Taxonomies.id("ekokartta-palveluluokitus").toString());
        assertThat(json("/taxonomy_terms/" + data.parentClassId).has("term_uri")).isFalse();
    }

    @Test
    void target_groups_are_terms_of_the_taxonomy_ekokartta_kohderyhma() {
        JsonNode group = json("/taxonomy_terms/" + data.targetGroupId + "?lang=en");

        assertThat(group.get("taxonomy").asString()).isEqualTo("ekokartta-kohderyhma");
        assertThat(group.get("name").asString()).isEqualTo("Young people under 30 " + data.token);
        List<String> ids = ids(allPages("/taxonomy_terms?taxonomy_id=" + Taxonomies.id("ekokartta-kohderyhma"), 500));
        assertThat((long) ids.size()).isEqualTo(targetGroups.count());
        assertThat(ids).contains(data.targetGroupId.toString());
    }

    @Test
    void all_terms_are_listed_in_pages_and_can_be_narrowed_to_one_taxonomy() {
        List<String> all = ids(allPages("/taxonomy_terms", 3));
        assertThat(all).doesNotHaveDuplicates().hasSize((int) (terms.count() + targetGroups.count()));

        assertThat(ids(allPages("/taxonomy_terms?taxonomy_id=" + Taxonomies.id(data.otherTaxonomy), 50)))
                .containsExactly(data.otherTermId.toString());
        assertThat(json("/taxonomy_terms?taxonomy_id=" + UUID.randomUUID()).get("total_items").asInt()).isZero();
    }

    @Test
    void terms_are_ordered_by_finnish_name() {
        List<String> names = allPages("/taxonomy_terms?taxonomy_id=" + Taxonomies.id("ekokartta-palveluluokitus"), 500)
                .stream().map(term -> term.get("name").asString()).toList();

        assertThat(names).containsSubsequence("Työllistymisen tuki " + data.token, "Työnhaun tuki " + data.token);
        assertThat(json("/taxonomy_terms/" + data.ptvClassId + "?lang=sv").get("name").asString())
                .isEqualTo("Stöd för jobbsökande " + data.token);
        assertThat(json("/taxonomy_terms/" + data.parentClassId + "?lang=sv").get("name").asString())
                .isEqualTo("Työllistymisen tuki " + data.token);
    }
}
