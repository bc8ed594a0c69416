package fi.ekokartta.search;

import fi.ekokartta.AbstractIntegrationTest;
import fi.ekokartta.area.MunicipalityRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A search's cost is bounded: text beyond the limits is not searched, and the index query stops at its time limit. */
class SearchBoundsTest extends AbstractIntegrationTest {

    @Autowired
    ServiceSearch search;
    @Autowired
    ServiceIndex index;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    MunicipalityRepository municipalities;
    @Autowired
    SearchVocabulary vocabulary;
    @Autowired
    CompoundSplitter compounds;

    /** A sentence's ordering by needs takes many small index queries; together they keep to one query's limit. */
    @Test
    void a_sentence_ordered_by_its_needs_keeps_to_the_time_limit_and_says_when_it_ran_out() {
        ServiceSearch hurried = new ServiceSearch(index, municipalities, vocabulary, compounds, 1, Duration.ofNanos(1), null);
        ServiceQuery sentence = ServiceQuery.of("nuori työtön maahanmuuttaja tarvitsee apua velkojen kanssa ja haluaa työkokeiluun");

        ServiceSearchResult result = transaction.execute(status -> hurried.search(sentence));

        assertThat(result.timedOut()).isTrue();
        assertThat(search.search(sentence).timedOut()).isFalse();
    }

    @Test
    void a_search_of_six_and_a_half_kilobytes_of_distinct_words_is_answered_from_its_beginning() {
        String text = "velkaneuvonta " + IntStream.range(0, 670).mapToObj(i -> "sana" + i + "abc").collect(Collectors.joining(" "));

        ServiceSearchResult result = search.search(ServiceQuery.of(text));

        assertThat(result.cards()).isNotEmpty();
        assertThat(search.searchServiceIds(ServiceQuery.of(text)).getTotalElements()).isPositive();
    }

    /**
     * Hibernate Search reads the time from a clock that advances in ticks of a few milliseconds,
     * and a query over the seed often ends within one tick even with a limit of a nanosecond, so
     * the query is repeated until one notices; without the limit none ever does.
     */
    @Test
    void an_index_query_that_runs_out_of_time_returns_what_it_found_and_says_so() {
        SearchPlan plan = new SearchPlan(ServiceQuery.of("palvelu"), List.of("palvelu"), false, Set.of(), null, 0, 20, false,
                Duration.ofNanos(1));

        boolean timedOut = IntStream.range(0, 2000)
                .mapToObj(attempt -> transaction.execute(status -> index.search(plan)))
                .anyMatch(ServiceMatches::timedOut);

        assertThat(timedOut).isTrue();
    }

    /** Hibernate Search 7 leaves the facet counts unset when a query stops before collecting (an exception in fetch). */
    @Test
    void an_index_query_counting_facets_that_runs_out_of_time_returns_what_it_found_and_says_so() {
        SearchPlan plan = new SearchPlan(ServiceQuery.of("palvelu"), List.of("palvelu"), true, Set.of(ServiceIndexFields.CLASS),
                null, 0, 20, false, Duration.ofNanos(1));

        List<ServiceMatches> answers = IntStream.range(0, 2000)
                .mapToObj(attempt -> transaction.execute(status -> index.search(plan))).toList();

        assertThat(answers).anyMatch(ServiceMatches::timedOut);
    }

    @Test
    void an_index_query_with_time_enough_does_not_run_out() {
        SearchPlan plan = new SearchPlan(ServiceQuery.of("palvelu"), List.of("palvelu"), false, Set.of(), null, 0, 20, false,
                Duration.ofSeconds(30));

        ServiceMatches matches = transaction.execute(status -> index.search(plan));

        assertThat(matches.timedOut()).isFalse();
        assertThat(matches.total()).isPositive();
    }

    @Test
    void text_beyond_the_limits_is_cut_after_the_last_word_allowed() {
        String words = IntStream.rangeClosed(1, 40).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));

        SearchLimits.Bounded bounded = SearchLimits.cut(words);

        assertThat(bounded.cut()).isTrue();
        assertThat(bounded.text()).endsWith(" w32");
        assertThat(SearchLimits.cut("TE-palvelut Kalajoella")).isEqualTo(new SearchLimits.Bounded("TE-palvelut Kalajoella", false));
        assertThat(SearchLimits.cut("a".repeat(600)).text()).hasSize(SearchLimits.MAX_CHARACTERS);
    }
}
