package fi.ekokartta.benchmark;

import fi.ekokartta.search.SearchLimits;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stall benchmark: ordinary API searches (the relevance set's queries) measured alone, then
 * beside four clients sending pathological searches as fast as they are answered: the longest
 * text allowed of synonym-rich and unknown words, and texts just over the limits, of 6.7 KB, and
 * of 41 distinct words (which are refused). Run with {@code mvn test -Pbenchmark
 * -Dtest=StallBenchmarkTest}; {@code -Dbenchmark.stall-size} synthetic services (10 000) and
 * {@code -Dbenchmark.stall-seconds} per phase (30). Prints figures and asserts only that every
 * answer had the expected status.
 */
@Tag("benchmark")
class StallBenchmarkTest {

    private static final int SIZE = Integer.getInteger("benchmark.stall-size", 10_000);
    private static final int SECONDS = Integer.getInteger("benchmark.stall-seconds", 30);
    private static final int NORMAL_CLIENTS = 4;
    private static final int PATHOLOGICAL_CLIENTS = 4;
    private static final List<String> RICH_WORDS = List.of("talousneuvonta", "yrittaja", "tyopaikka", "paihde",
            "velkaneuvonta", "maahanmuuttaja", "nuoret", "riippuvuus");

    /** A kind of pathological search and the status it must get. */
    private record Pathology(String name, String text, int status) {
    }

    @Test
    void normal_searches_keep_their_speed_beside_pathological_ones() throws Exception {
        try (ConfigurableApplicationContext app = BenchmarkApp.start("stall-")) {
            BenchmarkApp.addServices(app, SIZE);
            BenchmarkApp.reindexServices(app);
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            List<String> queries = queries();
            List<Pathology> pathologies = pathologies();

            run(port, queries, List.of(), SECONDS, new ConcurrentHashMap<>());
            Latencies alone = run(port, queries, List.of(), SECONDS, new ConcurrentHashMap<>()).getFirst();
            Map<String, Latencies> pathological = new ConcurrentHashMap<>();
            Latencies beside = run(port, queries, pathologies, SECONDS, pathological).getFirst();

            System.out.printf("%n== stall benchmark: %,d synthetic + seed services, %d normal clients, %d s a phase ==%n",
                    SIZE, NORMAL_CLIENTS, SECONDS);
            System.out.println("normal searches alone                        " + alone.summary());
            System.out.println("normal searches beside 4 pathological        " + beside.summary());
            new TreeMap<>(pathological).forEach((name, latencies) ->
                    System.out.printf("  pathological: %-30s %s%n", name, latencies.summary()));
            System.out.printf("p95 beside / alone                            %6.2f x%n", beside.percentile(95) / alone.percentile(95));
            assertThat(beside.count()).isPositive();
        }
    }

    /**
     * Normal clients search for the given seconds while pathological clients (when any) send theirs;
     * gives the normal latencies and adds the pathological ones per kind.
     */
    private static List<Latencies> run(int port, List<String> queries, List<Pathology> pathologies, int seconds,
                                       Map<String, Latencies> pathological) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Latencies normal = new Latencies();
        AtomicInteger next = new AtomicInteger();
        int clients = NORMAL_CLIENTS + (pathologies.isEmpty() ? 0 : PATHOLOGICAL_CLIENTS);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < NORMAL_CLIENTS; c++) {
                running.add(pool.submit(() -> {
                    try (KeptAliveConnection connection = new KeptAliveConnection("localhost", port)) {
                        while (System.nanoTime() < end) {
                            String query = queries.get(Math.floorMod(next.getAndIncrement(), queries.size()));
                            normal.add(timed(connection, query, 200));
                        }
                    }
                    return null;
                }));
            }
            for (int c = 0; c < (pathologies.isEmpty() ? 0 : PATHOLOGICAL_CLIENTS); c++) {
                int client = c;
                running.add(pool.submit(() -> {
                    try (KeptAliveConnection connection = new KeptAliveConnection("localhost", port)) {
                        for (int i = client; System.nanoTime() < end; i++) {
                            Pathology pathology = pathologies.get(i % pathologies.size());
                            long nanos = timed(connection, pathology.text(), pathology.status());
                            pathological.computeIfAbsent(pathology.name(), name -> new Latencies()).add(nanos);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            pool.shutdown();
        }
        return List.of(normal);
    }

    private static long timed(KeptAliveConnection connection, String text, int expectedStatus) throws IOException {
        String path = "/api/hsds/services?per_page=10&search=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
        long start = System.nanoTime();
        int status = connection.get(path);
        long nanos = System.nanoTime() - start;
        if (status != expectedStatus) {
            throw new IllegalStateException("status " + status + " instead of " + expectedStatus + " for " + text.length()
                    + " characters");
        }
        return nanos;
    }

    private static List<Pathology> pathologies() {
        String distinct = IntStream.range(0, 700).mapToObj(StallBenchmarkTest::unknownWord).collect(Collectors.joining(" "));
        String longestAllowed = SearchLimits.cut(String.join(" ", RICH_WORDS) + " " + distinct).text();
        String longestOfTypos = SearchLimits.cut(IntStream.range(0, 40).mapToObj(i -> "tyollisyyspalvelu" + letters(i))
                .collect(Collectors.joining(" "))).text();
        assertThat(SearchLimits.exceeded(longestAllowed)).isFalse();
        assertThat(SearchLimits.words(longestAllowed)).isEqualTo(SearchLimits.MAX_WORDS);
        String sixKilobytes = distinct.substring(0, 6700);
        String fortyOneWords = Stream.concat(RICH_WORDS.stream(), IntStream.range(0, 33).mapToObj(StallBenchmarkTest::unknownWord))
                .collect(Collectors.joining(" "));
        return List.of(
                new Pathology("longest allowed, synonyms", longestAllowed, 200),
                new Pathology("longest allowed, near words", longestOfTypos, 200),
                new Pathology("just over, 33 words", longestAllowed + " velka", 400),
                new Pathology("just over, 501 characters", "a".repeat(SearchLimits.MAX_CHARACTERS + 1), 400),
                new Pathology("6.7 KB", sixKilobytes, 400),
                new Pathology("41 distinct words", fortyOneWords, 400));
    }

    private static String unknownWord(int i) {
        return "kuntoutumis" + letters(i);
    }

    /** A distinct letter suffix for every number: 0 → "a", 26 → "ba". */
    private static String letters(int i) {
        StringBuilder suffix = new StringBuilder();
        do {
            suffix.insert(0, (char) ('a' + i % 26));
            i /= 26;
        } while (i > 0);
        return suffix.toString();
    }

    private static List<String> queries() throws IOException {
        try (Stream<String> lines = Files.lines(Path.of("src/test/resources/search/relevance-judgments.tsv"))) {
            return lines.filter(line -> !line.startsWith("#") && !line.isBlank()).map(line -> line.split("\t")[0]).toList();
        }
    }
}
