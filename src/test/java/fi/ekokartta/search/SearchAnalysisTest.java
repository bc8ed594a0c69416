package fi.ekokartta.search;

import fi.ekokartta.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The general parts of the analysis (issue 15) on the seed data: words the services never use
 * as they are typed still reach the services that use their parts, forms or letters.
 */
class SearchAnalysisTest extends AbstractIntegrationTest {

    @Autowired
    ServiceSearch search;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_compound_no_service_uses_finds_the_services_that_use_its_parts() {
        assertThat(servicesMentioning("mielenterveysvertais")).isZero();

        ServiceSearchResult result = search.search(ServiceQuery.of("mielenterveysvertaistuki"));

        assertThat(result.broadened()).as("found by the parts, not by a broadened search").isFalse();
        assertThat(names(result).getFirst()).isEqualTo("Mielenterveyden vertaistukiryhmät");
    }

    @Test
    void an_inflected_query_word_reaches_the_synonyms_of_its_base_form() {
        assertThat(servicesMentioning("ansioluettelo")).isZero();
        List<UUID> mentioningCv = jdbc.queryForList("""
                select o.id from offering o where concat_ws(' ', o.name_fi, o.summary_fi, o.description_fi,
                    (select string_agg(k.keywords_word, ' ') from offering_keyword k where k.offering_id = o.id)) ~* '\\mCV\\M'""",
                UUID.class);
        assertThat(mentioningCv).isNotEmpty();

        ServiceSearchResult result = search.search(ServiceQuery.of("ansioluettelon"));

        assertThat(result.broadened()).isFalse();
        assertThat(result.cards().getFirst().id()).isIn(mentioningCv);
        assertThat(names(search.search(ServiceQuery.of("skuld")))).contains("Talous- ja velkaneuvonta");
    }

    @Test
    void a_word_shaped_differently_from_every_service_is_found_by_its_letters_as_a_last_resort() {
        ServiceSearchResult result = search.search(ServiceQuery.of("ytökykykoordinointi"));

        assertThat(result.broadened()).isTrue();
        assertThat(names(result).getFirst()).isEqualTo("Työkykykoordinointi");
    }

    @Test
    void the_few_services_matching_every_word_come_first_followed_by_those_matching_some() {
        ServiceSearchResult result = search.search(ServiceQuery.of("velkaneuvonta puhelimessa"));

        assertThat(result.broadened()).isFalse();
        assertThat(result.everyWord()).isBetween(1L, (long) ServiceSearch.FEW - 1);
        assertThat(result.total()).isGreaterThan(result.everyWord());
        assertThat(names(result).getFirst()).isEqualTo("Velkalinja – neuvontaa puhelimessa ja chatissa");
        assertThat(names(result)).contains("Talous- ja velkaneuvonta");
    }

    @Test
    void a_single_word_few_services_have_is_answered_by_those_alone() {
        ServiceSearchResult result = search.search(ServiceQuery.of("muutosturva"));

        assertThat(result.total()).as("few services have the word").isBetween(1L, (long) ServiceSearch.FEW - 1);
        assertThat(result.everyWord()).as("no services matching only nearly spelt words follow").isZero();
        assertThat(result.broadened()).isFalse();
        assertThat(result.cards()).allSatisfy(card -> assertThat(card.name() + " " + card.summary()).containsIgnoringCase("muutosturv"));
    }

    private int servicesMentioning(String text) {
        return jdbc.queryForObject("""
                select count(*) from offering o where lower(concat_ws(' ', o.name_fi, o.summary_fi, o.description_fi,
                    (select string_agg(k.keywords_word, ' ') from offering_keyword k where k.offering_id = o.id))) like ?""",
                Integer.class, "%" + text + "%");
    }

    private static List<String> names(ServiceSearchResult result) {
        return result.cards().stream().map(ServiceCard::name).toList();
    }
}
