package fi.ekokartta.search;

import fi.ekokartta.AbstractIntegrationTest;
import fi.ekokartta.offering.Offering;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clause count of the index query is bounded by how the query is built, not by the words:
 * the longest text {@link SearchLimits} allows, made of the synonym list's richest words, stays
 * below Lucene's limit (which is never raised) after Lucene has rewritten it against the index.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServicePredicatesClausesTest extends AbstractIntegrationTest {

    @Autowired
    EntityManager entityManager;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    TransactionTemplate transaction;

    /** Every one-word entry of the synonym list, the one that becomes the most clauses first. */
    private List<String> richestSynonyms;

    @BeforeAll
    void rankSynonymsByClauses() {
        Map<String, Integer> clauses = new LinkedHashMap<>();
        synonymWords().forEach(word -> clauses.put(word, clauses(List.of(word), false)));
        richestSynonyms = clauses.keySet().stream().sorted(Comparator.comparing(clauses::get).reversed()).toList();
        assertThat(clauses.get(richestSynonyms.getFirst())).as("the richest word, %s", richestSynonyms.getFirst())
                .isGreaterThan(16 * 3);
    }

    @Test
    void the_longest_query_allowed_of_the_richest_synonyms_stays_below_lucenes_clause_limit() {
        List<String> words = new ArrayList<>(richestSynonyms.subList(0, SearchLimits.MAX_WORDS));

        assertThat(clauses(words, false)).isLessThanOrEqualTo(IndexSearcher.getMaxClauseCount());
        assertThat(clauses(words, true)).isLessThanOrEqualTo(IndexSearcher.getMaxClauseCount());
    }

    @Test
    void hyphenated_synonyms_count_as_their_parts_so_they_cannot_multiply_the_clauses() {
        List<String> words = IntStream.range(0, SearchLimits.MAX_WORDS / 2)
                .mapToObj(i -> richestSynonyms.get(2 * i) + "-" + richestSynonyms.get(2 * i + 1)).toList();

        assertThat(clauses(words, false)).isLessThanOrEqualTo(IndexSearcher.getMaxClauseCount());
        assertThat(clauses(words, true)).isLessThanOrEqualTo(IndexSearcher.getMaxClauseCount());
    }

    @Test
    void short_queries_of_the_richest_synonyms_with_typos_and_phrases_stay_below_the_limit() {
        for (int size = 2; size <= ServicePredicates.FUZZY_QUERY_WORDS; size++) {
            List<String> words = richestSynonyms.subList(0, size);
            assertThat(clauses(words, false)).as("%s", words).isLessThanOrEqualTo(IndexSearcher.getMaxClauseCount());
            assertThat(clauses(words, true)).as("%s", words).isLessThanOrEqualTo(IndexSearcher.getMaxClauseCount());
        }
    }

    @Test
    void the_coordinators_alternatives_on_the_longest_query_of_the_richest_synonyms_stay_below_the_limit() {
        List<String> words = new ArrayList<>(richestSynonyms.subList(0, SearchLimits.MAX_WORDS));
        Map<String, List<String>> alternatives = new LinkedHashMap<>();
        for (String word : words) {
            alternatives.put(word, IntStream.range(0, ServicePredicates.MAX_ALTERNATIVES + 2)
                    .mapToObj(i -> String.join(" ", richestSynonyms.get(i % richestSynonyms.size()),
                            richestSynonyms.get((i + 1) % richestSynonyms.size()), richestSynonyms.get((i + 2) % richestSynonyms.size())))
                    .toList());
        }

        assertThat(clauses(words, false, alternatives)).isGreaterThan(clauses(words, false))
                .isLessThanOrEqualTo(IndexSearcher.getMaxClauseCount());
        assertThat(clauses(words, true, alternatives)).isLessThanOrEqualTo(IndexSearcher.getMaxClauseCount());
    }

    @Test
    void compound_parts_and_alternatives_on_the_longest_query_of_the_richest_synonyms_stay_below_the_limit() {
        List<String> words = new ArrayList<>(richestSynonyms.subList(0, SearchLimits.MAX_WORDS));
        Map<String, List<String>> alternatives = new LinkedHashMap<>();
        Map<String, List<String>> compounds = new LinkedHashMap<>();
        for (int w = 0; w < words.size(); w++) {
            alternatives.put(words.get(w), IntStream.range(0, ServicePredicates.MAX_ALTERNATIVES + 2)
                    .mapToObj(i -> String.join(" ", richestSynonyms.get(i % richestSynonyms.size()),
                            richestSynonyms.get((i + 1) % richestSynonyms.size()), richestSynonyms.get((i + 2) % richestSynonyms.size())))
                    .toList());
            compounds.put(words.get(w), List.of(richestSynonyms.get(w), richestSynonyms.get(w + 1), richestSynonyms.get(w + 2)));
        }

        assertThat(clauses(words, false, alternatives, compounds)).isGreaterThan(clauses(words, false, alternatives))
                .isLessThanOrEqualTo(IndexSearcher.getMaxClauseCount());
        assertThat(clauses(words, true, alternatives, compounds)).isLessThanOrEqualTo(IndexSearcher.getMaxClauseCount());
    }

    private int clauses(List<String> words, boolean relaxed) {
        return clauses(words, relaxed, Map.of());
    }

    private int clauses(List<String> words, boolean relaxed, Map<String, List<String>> alternatives) {
        return clauses(words, relaxed, alternatives, Map.of());
    }

    /** Leaf clauses of the query after Lucene's rewriting (fuzzy words become the index's similar words), as Lucene counts them. */
    private int clauses(List<String> words, boolean relaxed, Map<String, List<String>> alternatives,
                        Map<String, List<String>> compounds) {
        SearchPlan plan = new SearchPlan(ServiceQuery.of(String.join(" ", words)), words,
                relaxed ? SearchPlan.Matching.ANY_WORD_OR_LETTERS : SearchPlan.Matching.EVERY_WORD, Set.of(), null, 0, 20, false,
                null, null).withAlternatives(alternatives).withWordFacts(new CompoundSplitter.WordFacts(compounds, Set.of()));
        Query query = transaction.execute(status -> luceneQuery(plan));
        try (IndexReader reader = Search.mapping(entityManagerFactory).scope(Offering.class)
                .extension(LuceneExtension.get()).openIndexReader()) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (Query rewritten = query.rewrite(searcher); rewritten != query; rewritten = query.rewrite(searcher)) {
                query = rewritten;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int[] count = {0};
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }

            @Override
            public void visitLeaf(Query leaf) {
                count[0]++;
            }

            @Override
            public void consumeTerms(Query leaf, Term... terms) {
                count[0]++;
            }

            @Override
            public void consumeTermsMatching(Query leaf, String field, Supplier<ByteRunAutomaton> automaton) {
                count[0]++;
            }
        });
        return count[0];
    }

    /** Hibernate Search keeps the Lucene query it built to itself; this test reads it to count it. */
    private Query luceneQuery(SearchPlan plan) {
        var query = Search.session(entityManager).search(Offering.class).where(f -> ServicePredicates.build(f, plan)).toQuery();
        try {
            var field = query.getClass().getDeclaredField("luceneQuery");
            field.setAccessible(true);
            return (Query) field.get(query);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> synonymWords() {
        return Arrays.stream(EkokarttaAnalysisConfigurer.SYNONYMS.split(",")).flatMap(file -> {
            try (InputStream in = ServicePredicates.class.getResourceAsStream("/" + file)) {
                return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")).toList().stream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).filter(line -> !line.isBlank() && !line.startsWith("#"))
                .flatMap(line -> Arrays.stream(line.split(",")).map(String::strip))
                .filter(word -> !word.contains(" ")).distinct().toList();
    }
}
