package fi.ekokartta.exchange.imports;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.taxonomy.TargetGroup;
import fi.ekokartta.taxonomy.TaxonomyTerm;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.lang.reflect.Field;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CarriedFieldsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A field an import sets but whose source keys are unknown would be kept forever, or wiped: neither may happen. */
    @ParameterizedTest
    @ValueSource(classes = {TaxonomyTerm.class, TargetGroup.class, Actor.class, Offering.class})
    void every_imported_field_has_its_hsds_source(Class<?> kind) {
        for (Field field : ImportedFields.of(kind)) {
            assertThat(CarriedFields.knows(kind, field.getName())).as(kind.getSimpleName() + "." + field.getName()).isTrue();
        }
    }

    @Test
    void a_text_is_carried_in_the_languages_whose_files_have_its_key() {
        CarriedFields carried = new CarriedFields(json("{\"id\": \"x\", \"name\": \"Nimi\"}"),
                Map.of("sv", json("{\"id\": \"x\", \"name\": \"Namn\", \"description\": \"Text\"}"), "en", json("{\"id\": \"x\"}")));

        assertThat(carried.languages(Offering.class, "name")).containsExactlyInAnyOrder("fi", "sv");
        assertThat(carried.languages(Offering.class, "description")).containsExactly("sv");
        assertThat(carried.inMain(Offering.class, "description")).isFalse();
        assertThat(carried.inMain(Offering.class, "minimumAge")).isFalse();
    }

    @Test
    void ekokartta_attributes_count_one_by_one_and_an_empty_attribute_list_carries_them_all() {
        CarriedFields summaryOnly = new CarriedFields(json("""
                {"attributes": [{"taxonomy_term": {"taxonomy": "ekokartta", "code": "summary"}, "value": "Lyhyesti"}]}
                """), Map.of());
        CarriedFields empty = new CarriedFields(json("{\"attributes\": []}"), Map.of());

        assertThat(summaryOnly.inMain(Offering.class, "summary")).isTrue();
        assertThat(summaryOnly.inMain(Offering.class, "internalNote")).isFalse();
        assertThat(summaryOnly.inMain(Offering.class, "classes")).isFalse();
        assertThat(summaryOnly.inMain(Offering.class, "keywords")).isFalse();
        assertThat(empty.inMain(Offering.class, "internalNote")).isTrue();
        assertThat(empty.inMain(Offering.class, "classes")).isTrue();
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
