package fi.ekokartta.search;

import fi.ekokartta.AbstractIntegrationTest;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.offering.OfferingStatus;
import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Ranking, filters and facets of the service search over the seed data. */
class ServiceSearchTest extends AbstractIntegrationTest {

    @Autowired
    ServiceSearch search;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OfferingRepository offerings;
    @Autowired
    ActorRepository actors;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    EntityManager entityManager;

    @Test
    void debt_counselling_services_rank_first_for_the_word_and_its_typo_and_in_swedish() {
        Set<String> debtServices = Set.of("Talous- ja velkaneuvonta", "Velkalinja – neuvontaa puhelimessa ja chatissa");
        assertThat(names("velkaneuvonta").subList(0, 2)).containsExactlyInAnyOrderElementsOf(debtServices);
        assertThat(names("velka").subList(0, 2)).containsExactlyInAnyOrderElementsOf(debtServices);
        assertThat(names("velkaneuvota").subList(0, 2)).containsExactlyInAnyOrderElementsOf(debtServices);
        assertThat(names("skuldrådgivning").subList(0, 2)).containsExactlyInAnyOrderElementsOf(debtServices);
    }

    @Test
    void a_counsellors_sentence_ranks_first_a_service_for_each_of_its_needs_in_the_municipality_it_names() {
        ServiceSearchResult result = search.search(ServiceQuery.of(
                "nuori työtön maahanmuuttaja tarvitsee apua velkojen kanssa ja haluaa työkokeiluun Kalajoella"));

        List<String> firstFive = result.cards().subList(0, 5).stream().map(ServiceCard::name).toList();
        assertThat(firstFive).contains("Työkokeilu")
                .anyMatch(name -> name.toLowerCase().contains("velka"))
                .anyMatch(name -> name.toLowerCase().contains("maahanmuutta") || name.toLowerCase().contains("kotoutum"));
        assertThat(result.municipalitiesInText()).containsExactly("208");
        assertThat(result.cards()).allMatch(card -> card.municipalities().contains("Kalajoki"));
        assertThat(result.ignoredWords()).containsExactly("tarvitsee", "apua", "kanssa", "ja", "haluaa");
    }

    @Test
    void a_word_of_a_sentence_that_no_service_has_is_left_out_and_named() {
        ServiceSearchResult result = search.search(ServiceQuery.of("nuori työtön tarvitsee velkaneuvontaa ja zyxwvu työkokeiluun"));

        assertThat(result.ignoredWords()).contains("zyxwvu");
        assertThat(result.cards().subList(0, 3).stream().map(ServiceCard::name)).contains("Talous- ja velkaneuvonta")
                .anyMatch(name -> name.startsWith("Työkokeilu"));
        assertThat(search.searchServiceIds(ServiceQuery.of("nuori työtön tarvitsee velkaneuvontaa ja zyxwvu työkokeiluun")).getContent())
                .isEqualTo(result.cards().stream().map(ServiceCard::id).toList());
    }

    @Test
    void a_short_query_names_no_words_left_out() {
        assertThat(search.search(ServiceQuery.of("velkaneuvonta")).ignoredWords()).isEmpty();
    }

    @Test
    void acronyms_find_their_service_first() {
        assertThat(names("TYP").getFirst()).isEqualTo("TYP – työllistymistä edistävä monialainen yhteispalvelu");
        assertThat(names("IPS").getFirst()).isEqualTo("IPS-työhönvalmennus");
        assertThat(names("S2").subList(0, 2)).allMatch(name -> name.startsWith("Suomi toisena kielenä (S2)"));
        assertThat(names("TE-palvelut").subList(0, 5)).allMatch(name -> name.startsWith("Työllisyyspalveluiden palvelupiste"));
    }

    @Test
    void words_typed_without_umlauts_or_cut_short_still_match() {
        assertThat(names("tyokokeilu")).isEqualTo(names("työkokeilu")).contains("Työkokeilu");
        assertThat(names("tyokokeilu").subList(0, 2)).allMatch(name -> name.startsWith("Työkokeilu"));
        assertThat(names("kotoutumis").subList(0, 5).stream().filter(name -> name.toLowerCase().contains("kotoutumis")))
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(names("kotoutumis")).contains("Kotoutumiskoulutus");
    }

    @Test
    void an_inflected_municipality_name_filters_by_place() {
        ServiceSearchResult result = search.search(ServiceQuery.of("työkokeilu Kalajoella"));

        assertThat(result.municipalitiesInText()).containsExactly("208");
        assertThat(result.cards().getFirst().name()).isEqualTo("Työkokeilu");
        assertThat(result.cards()).allSatisfy(card -> assertThat(card.municipalities()).contains("Kalajoki"));
    }

    @Test
    void facet_counts_match_the_published_services() {
        ServiceSearchResult all = search.search(ServiceQuery.of(""));
        Integer published = jdbc.queryForObject("select count(*) from offering where status = 'PUBLISHED'", Integer.class);
        assertThat(all.total()).isEqualTo(published.longValue());
        assertThat(all.facets().get(ServiceIndexFields.MUNICIPALITY).get("746")).isEqualTo(jdbc.queryForObject("""
                select count(*) from offering o join offering_municipality m on m.offering_id = o.id
                where o.status = 'PUBLISHED' and m.municipalities_code = '746'""", Long.class));
        UUID special = topClass("5");
        assertThat(all.facets().get(ServiceIndexFields.CLASS).get(special.toString())).isEqualTo(jdbc.queryForObject("""
                select count(distinct o.id) from offering o join offering_class c on c.offering_id = o.id
                join taxonomy_term t on t.id = c.classes_id
                where o.status = 'PUBLISHED' and (t.id = ? or t.parent_id = ?)""", Long.class, special, special));
    }

    @Test
    void a_chosen_facet_still_counts_its_other_values() {
        ServiceSearchResult sievi = search.search(ServiceQuery.of("").withFilter(ServiceIndexFields.MUNICIPALITY, Set.of("746")));

        assertThat(sievi.cards()).allSatisfy(card -> assertThat(card.municipalities()).contains("Sievi"));
        assertThat(sievi.facets().get(ServiceIndexFields.MUNICIPALITY)).containsKeys("977", "208", "535", "009", "746");
        assertThat(sievi.facets().get(ServiceIndexFields.MUNICIPALITY).get("746")).isEqualTo(sievi.total());
    }

    @Test
    void searching_a_top_class_finds_the_services_of_its_sub_classes() {
        UUID special = topClass("5");
        List<String> found = search.search(new ServiceQuery("velkaneuvonta",
                Map.of(ServiceIndexFields.CLASS, Set.of(special.toString())), 0, 20, "fi")).cards().stream()
                .map(ServiceCard::name).toList();
        assertThat(found).contains("Talous- ja velkaneuvonta");
    }

    @Test
    void archived_and_draft_services_never_appear() {
        List<String> hidden = jdbc.queryForList("select name_fi from offering where status <> 'PUBLISHED'", String.class);
        assertThat(hidden).isNotEmpty();
        for (String name : hidden) {
            assertThat(names(name)).doesNotContain(name);
        }
        assertThat(search.search(ServiceQuery.of("Työkykypolku")).cards())
                .noneMatch(card -> card.name().contains("(Työkykypolku)"));
        Integer published = jdbc.queryForObject("select count(*) from offering where status = 'PUBLISHED'", Integer.class);
        assertThat(indexedServices()).as("only published services are in the index").isEqualTo(published.longValue());
    }

    @Test
    void a_change_is_searchable_right_after_it_commits() {
        long indexedBefore = indexedServices();
        UUID id = transaction.execute(status -> {
            Offering offering = new Offering();
            offering.getName().set("fi", "Kvanttikutonnan kokeilupaja");
            offering.getDescription().set("fi", "Testipalvelu hakua varten.");
            offering.setStatus(OfferingStatus.DRAFT);
            offering.setProvider(actors.findAll().getFirst());
            offering.getResponsibility().setResponsibleActor(offering.getProvider());
            return offerings.save(offering).getId();
        });
        assertThat(ids("kvanttikutonta")).doesNotContain(id);
        assertThat(indexedServices()).isEqualTo(indexedBefore);

        transaction.executeWithoutResult(status -> offerings.findById(id).orElseThrow().setStatus(OfferingStatus.PUBLISHED));
        assertThat(ids("kvanttikutonta")).contains(id);
        assertThat(indexedServices()).isEqualTo(indexedBefore + 1);

        transaction.executeWithoutResult(status -> offerings.findById(id).orElseThrow().setStatus(OfferingStatus.ARCHIVED));
        assertThat(ids("kvanttikutonta")).doesNotContain(id);
        assertThat(indexedServices()).as("an archived service leaves the index").isEqualTo(indexedBefore);
    }

    private long indexedServices() {
        return transaction.execute(status -> Search.session(entityManager).search(Offering.class)
                .where(f -> f.matchAll()).fetchTotalHitCount());
    }

    @Test
    void a_misspelt_query_gets_a_suggestion_from_the_directorys_own_words() {
        ServiceSearchResult result = search.search(ServiceQuery.of("starttirahha"));

        assertThat(result.didYouMean()).isEqualTo("starttiraha");
        assertThat(result.broadened()).isTrue();
        assertThat(result.cards().getFirst().name()).isEqualTo("Starttiraha");
    }

    @Test
    void a_word_that_finds_services_by_itself_is_never_respelt() {
        ServiceSearchResult result = search.search(ServiceQuery.of("velka qxzvbyw"));

        assertThat(result.didYouMean()).as("velka finds the debt services through their compounds").isNull();
        assertThat(search.search(ServiceQuery.of("velka")).total()).isPositive();
    }

    private List<String> names(String query) {
        return search.search(ServiceQuery.of(query)).cards().stream().map(ServiceCard::name).toList();
    }

    private List<UUID> ids(String query) {
        return search.search(ServiceQuery.of(query)).cards().stream().map(ServiceCard::id).toList();
    }

    private UUID topClass(String code) {
        return jdbc.queryForObject("select id from taxonomy_term where code = ? and parent_id is null and taxonomy = "
                + "'ekokartta-palveluluokitus'", UUID.class, code);
    }
}
