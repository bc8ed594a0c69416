package fi.ekokartta.search;

import fi.ekokartta.base.web.RateLimits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relevance evaluation: every query of both relevance sets, the seed set and the holdout set
 * the search was never tuned on (issue 15, src/test/resources/search/holdout/), against our search
 * and against a plain FinnishAnalyzer BM25 baseline over the same published services, printed side
 * by side. The directory is the seed plus the holdout corpus (a directory grows with new actors;
 * each corpus acts as distractors for the other set), in a Spring context of its own. A second, blind
 * holdout set (src/test/resources/search/holdout2/) is indexed and evaluated too, but only its aggregate
 * figures are printed: never its queries, and it has no floor.
 * Run alone with {@code mvn test -Dtest=RelevanceEvaluationTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RelevanceEvaluationTest {

    private static final int K = 10;
    private static final String HOLDOUT = "/search/holdout/";
    /** The blind second holdout set: only its aggregate figures are printed, never its queries. */
    private static final String HOLDOUT2 = "/search/holdout2/";
    private static final Path SEED_DATA = seedPlusHoldout();
    private static final Path DATA_DIR = dataDir();

    /**
     * Regression floors of the holdout set: its level after the general analysis of issue 15
     * (nDCG@10 0.725, success@3 0.892, recall@10 0.707, no query without results) less 0.03. Its
     * first measurement, before any change, was 0.600, 0.797 and 0.556 with 5.4 % of queries
     * without results.
     */
    private static final double HOLDOUT_NDCG = 0.69;
    private static final double HOLDOUT_SUCCESS = 0.86;
    private static final double HOLDOUT_RECALL = 0.67;

    @Autowired
    ServiceSearch search;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RateLimits rateLimits;

    @DynamicPropertySource
    static void seedAndDataFolder(DynamicPropertyRegistry registry) {
        registry.add("ekokartta.seed-data", SEED_DATA::toString);
        registry.add("ekokartta.data-dir", DATA_DIR::toString);
        registry.add("ekokartta.demo-password", () -> "demo-salasana-123");
        registry.add("ekokartta.admin-password", () -> "admin-salasana-123");
    }

    record Scores(double ndcg, double success, double recall, double zeroResults, List<String> weakest) {
    }

    @Test
    void our_search_beats_the_finnish_analyzer_baseline_on_both_sets() throws Exception {
        List<RelevanceJudgments> seedSet = RelevanceJudgments.load(RelevanceJudgments.SEED_SET);
        List<RelevanceJudgments> holdoutSet = RelevanceJudgments.load(RelevanceJudgments.HOLDOUT_SET);
        assertThat(seedSet).hasSizeGreaterThanOrEqualTo(40);
        assertThat(holdoutSet).hasSizeGreaterThanOrEqualTo(40);
        List<RelevanceJudgments> holdout2Set = RelevanceJudgments.load(RelevanceJudgments.HOLDOUT2_SET);
        assertThat(holdout2Set).hasSizeGreaterThanOrEqualTo(45);

        Set<String> holdoutIds = holdoutServiceIds(HOLDOUT);
        assertThat(holdoutIds).hasSizeGreaterThanOrEqualTo(100);
        Integer loaded = jdbc.queryForObject("select count(*) from offering where status = 'PUBLISHED' and id::text = any(?)",
                Integer.class, (Object) holdoutIds.toArray(String[]::new));
        assertThat(loaded).as("published holdout services").isEqualTo(holdoutIds.size());
        Set<String> holdout2Ids = holdoutServiceIds(HOLDOUT2);
        assertThat(holdout2Ids).hasSizeGreaterThanOrEqualTo(100);
        Integer loaded2 = jdbc.queryForObject("select count(*) from offering where status = 'PUBLISHED' and id::text = any(?)",
                Integer.class, (Object) holdout2Ids.toArray(String[]::new));
        assertThat(loaded2).as("published holdout2 services").isEqualTo(holdout2Ids.size());

        Scores oursSeed;
        Scores baseSeed;
        Scores oursHoldout;
        Scores baseHoldout;
        Scores oursHoldout2;
        Scores baseHoldout2;
        try (FinnishAnalyzerBaseline plain = new FinnishAnalyzerBaseline(publishedTexts())) {
            BiFunction<String, String, List<UUID>> ours = (query, language) -> search.search(
                    new ServiceQuery(query, Map.of(), 0, K, language)).cards().stream().map(ServiceCard::id).toList();
            BiFunction<String, String, List<UUID>> baseline = (query, language) -> plain.search(query, K);
            oursSeed = evaluate(seedSet, ours);
            baseSeed = evaluate(seedSet, baseline);
            oursHoldout = evaluate(holdoutSet, ours);
            baseHoldout = evaluate(holdoutSet, baseline);
            oursHoldout2 = evaluate(holdout2Set, ours);
            baseHoldout2 = evaluate(holdout2Set, baseline);
        }
        System.out.printf("%nRelevance                      set        queries  nDCG@10  success@3  recall@10  zero-result%n");
        print("Ekokartta search", "seed", seedSet.size(), oursSeed);
        print("FinnishAnalyzer BM25", "seed", seedSet.size(), baseSeed);
        print("Ekokartta search", "holdout", holdoutSet.size(), oursHoldout);
        print("FinnishAnalyzer BM25", "holdout", holdoutSet.size(), baseHoldout);
        // holdout2 is blind: aggregate lines only, no weakest queries, no floor
        print("Ekokartta search", "holdout2", holdout2Set.size(), oursHoldout2);
        print("FinnishAnalyzer BM25", "holdout2", holdout2Set.size(), baseHoldout2);
        System.out.printf("Holdout targets (issue 15): nDCG@10 >= 0.85 %s, success@3 >= 0.95 %s, recall@10 >= 0.80 %s, zero-result 0 %% %s%n",
                met(oursHoldout.ndcg() >= 0.85), met(oursHoldout.success() >= 0.95), met(oursHoldout.recall() >= 0.80),
                met(oursHoldout.zeroResults() == 0));
        weakest("seed, ours", oursSeed);
        weakest("holdout, ours", oursHoldout);
        weakest("holdout, baseline", baseHoldout);

        assertThat(oursSeed.ndcg()).isGreaterThanOrEqualTo(0.85).isGreaterThan(baseSeed.ndcg());
        assertThat(oursSeed.success()).isGreaterThanOrEqualTo(0.95);
        assertThat(oursSeed.zeroResults()).isZero();
        // the holdout set: a regression floor below its level after the general analysis (holdout2 is only printed)
        assertThat(oursHoldout.ndcg()).isGreaterThanOrEqualTo(HOLDOUT_NDCG).isGreaterThan(baseHoldout.ndcg());
        assertThat(oursHoldout.success()).isGreaterThanOrEqualTo(HOLDOUT_SUCCESS);
        assertThat(oursHoldout.recall()).isGreaterThanOrEqualTo(HOLDOUT_RECALL);
        assertThat(oursHoldout.zeroResults()).isZero();
    }

    private static String met(boolean met) {
        return met ? "met" : "NOT YET MET";
    }

    private Scores evaluate(List<RelevanceJudgments> set, BiFunction<String, String, List<UUID>> system) {
        rateLimits.forgetAll();
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
                misses.add(String.format("  %-38s %-3s nDCG %.2f%s", judged.query(), judged.language(), queryNdcg,
                        ranking.isEmpty() ? "  (no results)" : ""));
            }
        }
        int n = set.size();
        return new Scores(ndcg / n, success / n, recall / n, (double) zero / n, misses);
    }

    private static void print(String name, String set, int queries, Scores scores) {
        System.out.printf("%-28s   %-8s   %5d   %6.3f   %8.3f   %8.3f   %9.1f %%%n", name, set, queries, scores.ndcg(),
                scores.success(), scores.recall(), scores.zeroResults() * 100);
    }

    private static void weakest(String name, Scores scores) {
        if (!scores.weakest().isEmpty()) {
            System.out.println("Weakest queries (nDCG@10 < 0.7), " + name + ":\n" + String.join("\n", scores.weakest()));
        }
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

    /** The ids of a holdout set's services: the top-level "id" following each service's opening brace. */
    private static Set<String> holdoutServiceIds(String set) throws IOException {
        String json = resource(set + "services.json");
        Set<String> ids = new java.util.LinkedHashSet<>();
        Matcher m = Pattern.compile("(?m)^ \\{\\s*\"id\": \"([0-9a-f-]{36})\"").matcher(json);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = RelevanceEvaluationTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** target/relevance-seed/: a copy of seed-data/ with the organizations and services of both holdout sets added to hsds/. */
    private static Path seedPlusHoldout() {
        try {
            Path source = Path.of("seed-data").toAbsolutePath();
            Path target = Path.of("target", "relevance-seed").toAbsolutePath();
            if (Files.exists(target)) {
                try (Stream<Path> old = Files.walk(target)) {
                    old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            try (Stream<Path> all = Files.walk(source)) {
                for (Path p : (Iterable<Path>) all::iterator) {
                    Path to = target.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            for (String kind : List.of("organizations", "services")) {
                try (InputStream in = RelevanceEvaluationTest.class.getResourceAsStream(HOLDOUT + kind + ".json")) {
                    Files.copy(in, target.resolve("hsds").resolve(kind + "-holdout.json"), StandardCopyOption.REPLACE_EXISTING);
                }
                try (InputStream in = RelevanceEvaluationTest.class.getResourceAsStream(HOLDOUT2 + kind + ".json")) {
                    Files.copy(in, target.resolve("hsds").resolve(kind + "-holdout2.json"), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path dataDir() {
        try {
            Path target = Path.of("target").toAbsolutePath();
            Files.createDirectories(target);
            return Files.createTempDirectory(target, "relevance-data-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
