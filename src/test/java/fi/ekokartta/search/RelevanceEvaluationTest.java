package fi.ekokartta.search;

import fi.ekokartta.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relevance evaluation: every query of the relevance set against our search and against a
 * plain FinnishAnalyzer BM25 baseline over the same published services, printed side by side.
 * Run alone with {@code mvn test -Dtest=RelevanceEvaluationTest}.
 */
class RelevanceEvaluationTest extends AbstractIntegrationTest {

    private static final int K = 10;

    @Autowired
    ServiceSearch search;
    @Autowired
    JdbcTemplate jdbc;

    record Scores(double ndcg, double success, double recall, double zeroResults) {
    }

    @Test
    void our_search_beats_the_finnish_analyzer_baseline_and_meets_the_targets() throws Exception {
        List<RelevanceJudgments> set = RelevanceJudgments.load();
        assertThat(set).hasSizeGreaterThanOrEqualTo(40);
        Scores ours;
        Scores baseline;
        try (FinnishAnalyzerBaseline plain = new FinnishAnalyzerBaseline(publishedTexts())) {
            ours = evaluate(set, (query, language) -> search.search(
                    new ServiceQuery(query, Map.of(), 0, K, language)).cards().stream().map(ServiceCard::id).toList(), "ours");
            baseline = evaluate(set, (query, language) -> plain.search(query, K), "baseline");
        }
        System.out.printf("%nRelevance over %d queries     nDCG@10  success@3  recall@10  zero-result%n", set.size());
        print("Ekokartta search", ours);
        print("FinnishAnalyzer BM25", baseline);

        assertThat(ours.ndcg()).isGreaterThanOrEqualTo(0.85).isGreaterThan(baseline.ndcg());
        assertThat(ours.success()).isGreaterThanOrEqualTo(0.95);
        assertThat(ours.zeroResults()).isZero();
    }

    private Scores evaluate(List<RelevanceJudgments> set, BiFunction<String, String, List<UUID>> system, String name) {
        double ndcg = 0;
        double success = 0;
        double recall = 0;
        int zero = 0;
        List<String> misses = new ArrayList<>();
        for (RelevanceJudgments judged : set) {
            List<UUID> ranking = system.apply(judged.query(), judged.language());
            double queryNdcg = RankingMetrics.ndcg(ranking, judged.grades(), K);
            ndcg += queryNdcg;
            success += RankingMetrics.success(ranking, judged.grades(), 3);
            recall += RankingMetrics.recall(ranking, judged.grades(), K);
            zero += ranking.isEmpty() ? 1 : 0;
            if (queryNdcg < 0.7) {
                misses.add(String.format("  %-38s nDCG %.2f", judged.query(), queryNdcg));
            }
        }
        if (!misses.isEmpty()) {
            System.out.println("Weakest queries for " + name + ":\n" + String.join("\n", misses));
        }
        int n = set.size();
        return new Scores(ndcg / n, success / n, recall / n, (double) zero / n);
    }

    private static void print(String name, Scores scores) {
        System.out.printf("%-28s   %6.3f   %8.3f   %8.3f   %9.1f %%%n", name, scores.ndcg(), scores.success(),
                scores.recall(), scores.zeroResults() * 100);
    }

    private Map<UUID, String> publishedTexts() {
        Map<UUID, String> texts = new LinkedHashMap<>();
        jdbc.query("""
                select o.id, concat_ws(' ', o.name_fi, o.name_sv, o.name_en, o.summary_fi, o.summary_sv, o.summary_en,
                       o.description_fi, o.description_sv, o.description_en,
                       (select string_agg(k.keywords_word, ' ') from offering_keyword k where k.offering_id = o.id))
                from offering o where o.status = 'PUBLISHED'""",
                row -> {
                    texts.put(row.getObject(1, UUID.class), row.getString(2));
                });
        return texts;
    }
}
