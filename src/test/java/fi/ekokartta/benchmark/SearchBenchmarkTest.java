package fi.ekokartta.benchmark;

import com.sun.management.OperatingSystemMXBean;
import fi.ekokartta.base.config.EkokarttaProperties;
import fi.ekokartta.search.ServiceQuery;
import fi.ekokartta.search.ServiceSearch;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search benchmark: synthetic services at each size of {@code -Dbenchmark.sizes} (default
 * 10000,100000) on top of the seed, then mass indexing time, heap, in-process search latency,
 * HTTP API latency with 16 concurrent clients, and the same queries on PostgreSQL full-text search.
 * Run with {@code mvn test -Pbenchmark}; it prints figures and asserts only that everything answered.
 */
@Tag("benchmark")
class SearchBenchmarkTest {

    private static final int WARMUP = 300;
    private static final int MEASURED = 1500;
    private static final int CLIENTS = 16;
    private static final int REQUESTS_PER_CLIENT = 200;
    /** Measured rounds of the HTTP part, each printed, since on a shared machine they differ. */
    private static final int HTTP_ROUNDS = 3;
    /**
     * Load before the HTTP part is measured. On two cores the JIT settles only after about a
     * minute under load: measured with wrk in 10 s steps after a start, the application's CPU per
     * request went 15.2, 5.3, 4.2, 3.4, 2.9, 2.5, 2.6 ms ({@code -Dbenchmark.http-warmup-seconds}).
     */
    private static final int HTTP_WARMUP_SECONDS = Integer.getInteger("benchmark.http-warmup-seconds", 60);
    /** {@code -Dbenchmark.in-process-only=true} skips the HTTP and PostgreSQL parts, for quick comparisons. */
    private static final boolean IN_PROCESS_ONLY = Boolean.getBoolean("benchmark.in-process-only");
    /** {@code -Dbenchmark.hold-seconds=N} keeps the application serving N seconds after the in-process part, for wrk. */
    private static final int HOLD_SECONDS = Integer.getInteger("benchmark.hold-seconds", 0);
    private static final String FTS_DOCUMENT =
            "to_tsvector('finnish', coalesce(name_fi, '') || ' ' || coalesce(summary_fi, '') || ' ' || coalesce(description_fi, ''))";

    @Test
    void measure_search_at_each_size() throws Exception {
        String sizes = System.getProperty("benchmark.sizes", "10000,100000");
        for (String size : sizes.split(",")) {
            run(Integer.parseInt(size.strip()));
        }
    }

    private void run(int size) throws Exception {
        try (ConfigurableApplicationContext app = BenchmarkApp.start("benchmark-")) {
            BenchmarkApp.addServices(app, size);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            int services = jdbc.queryForObject("select count(*) from offering", Integer.class);

            long indexStart = System.nanoTime();
            BenchmarkApp.reindexServices(app);
            double indexSeconds = (System.nanoTime() - indexStart) / 1e9;
            System.gc();
            long heapMb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);

            List<String> queries = queries();
            ServiceSearch search = app.getBean(ServiceSearch.class);
            Latencies inProcess = measure(queries, query -> search.search(ServiceQuery.of(query)));
            System.out.printf("%n== %,d synthetic + seed = %,d services ==%n", size, services);
            System.out.printf("mass indexing                 %6.1f s  (%,.0f services/s)%n", indexSeconds, services / indexSeconds);
            System.out.printf("heap used after indexing      %6d MB   index on disk %d MB%n", heapMb, megabytes(app.getBean(EkokarttaProperties.class).indexDir()));
            System.out.println("in-process search (facets, cards)  " + inProcess.summary());
            System.out.println("services found per query           " + matchesPerQuery(search, queries, services));
            assertThat(inProcess.count()).isEqualTo(MEASURED);
            if (HOLD_SECONDS > 0) {
                System.out.printf("serving http://localhost:%d/api/hsds/services for %d s (external load generators)%n",
                        ((WebServerApplicationContext) app).getWebServer().getPort(), HOLD_SECONDS);
                Thread.sleep(HOLD_SECONDS * 1000L);
            }
            if (!IN_PROCESS_ONLY) {
                Latencies http = http(queries, ((WebServerApplicationContext) app).getWebServer().getPort());
                System.out.println("HTTP /api/hsds/services, 16 clients, all rounds " + http.summary());
                assertThat(http.count()).isEqualTo(HTTP_ROUNDS * CLIENTS * REQUESTS_PER_CLIENT);
                Latencies postgres = postgres(jdbc, queries);
                System.out.println("PostgreSQL FTS (ts_rank, GIN)       " + postgres.summary());
                System.out.printf("PostgreSQL p95 / in-process p95     %6.1f x%n", postgres.percentile(95) / inProcess.percentile(95));
            }
        }
    }

    /** How broad the queries are on this data: the median, 90th percentile and largest number of services found. */
    private static String matchesPerQuery(ServiceSearch search, List<String> queries, int services) {
        long[] totals = queries.stream().mapToLong(query -> search.search(ServiceQuery.of(query)).total()).sorted().toArray();
        return String.format("median %,d, p90 %,d, max %,d (%.0f %% of all)", totals[totals.length / 2],
                totals[(int) Math.ceil(totals.length * 0.9) - 1], totals[totals.length - 1],
                100.0 * totals[totals.length - 1] / services);
    }

    private static Latencies postgres(JdbcTemplate jdbc, List<String> queries) {
        jdbc.execute("create index if not exists benchmark_fts on offering using gin (" + FTS_DOCUMENT + ")");
        jdbc.execute("analyze offering");
        return measure(queries, query -> jdbc.queryForList("""
                select o.id, ts_rank(%s, q) as rank, count(*) over () as total
                from offering o, plainto_tsquery('finnish', ?) q
                where %s @@ q and o.status = 'PUBLISHED' order by rank desc limit 20""".formatted(FTS_DOCUMENT, FTS_DOCUMENT),
                query));
    }

    private static Latencies measure(List<String> queries, Consumer<String> call) {
        for (int i = 0; i < WARMUP; i++) {
            call.accept(queries.get(i % queries.size()));
        }
        Latencies latencies = new Latencies();
        Map<String, Long> slowest = new HashMap<>();
        HostSteal steal = HostSteal.start();
        for (int i = 0; i < MEASURED; i++) {
            String query = queries.get(i % queries.size());
            long start = System.nanoTime();
            call.accept(query);
            long duration = System.nanoTime() - start;
            latencies.add(duration);
            slowest.merge(query, duration, Math::max);
        }
        System.out.println("  slowest queries: " + slowest.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(5)
                .map(entry -> String.format("%s %.0f ms", entry.getKey(), entry.getValue() / 1e6)).toList()
                + "; " + steal.report());
        return latencies;
    }

    /**
     * 16 clients, each on its own kept-alive connection, send their requests one after another:
     * first to warm up (the HTTP path is compiled by the JIT under load, as in the in-process part),
     * then in measured rounds. Each round also prints the CPU used per request by the clients and
     * by the rest of the process (the application), since both share the two cores.
     */
    private static Latencies http(List<String> queries, int port) throws Exception {
        long warmupEnd = System.nanoTime() + HTTP_WARMUP_SECONDS * 1_000_000_000L;
        int warmupRounds = 0;
        while (warmupRounds == 0 || System.nanoTime() < warmupEnd) {
            load(queries, port, new Latencies());
            warmupRounds++;
        }
        System.out.printf("  warm-up: %d rounds of %d requests under the same load%n", warmupRounds, CLIENTS * REQUESTS_PER_CLIENT);
        Latencies all = new Latencies();
        for (int round = 1; round <= HTTP_ROUNDS; round++) {
            Latencies latencies = new Latencies();
            long processCpuBefore = processCpuNanos();
            long[] gcBefore = garbageCollections();
            HostSteal steal = HostSteal.start();
            long clientCpu = load(queries, port, latencies);
            long[] gc = garbageCollections();
            long requests = (long) CLIENTS * REQUESTS_PER_CLIENT;
            System.out.printf("  round %d: %s; CPU per request: application %.2f ms, load generator %.2f ms; "
                            + "%d garbage collections, %d ms; %s%n", round, latencies.summary(),
                    (processCpuNanos() - processCpuBefore - clientCpu) / 1e6 / requests, clientCpu / 1e6 / requests,
                    gc[0] - gcBefore[0], gc[1] - gcBefore[1], steal.report());
            all.addAll(latencies);
        }
        return all;
    }

    /** Runs the 16 clients to the end, adds their latencies and gives the CPU time the clients used. */
    private static long load(List<String> queries, int port, Latencies latencies) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        AtomicLong clientCpu = new AtomicLong();
        try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int offset = c;
                done.add(clients.submit(() -> {
                    long cpuBefore = threads.getCurrentThreadCpuTime();
                    try (KeptAliveConnection connection = new KeptAliveConnection("localhost", port)) {
                        for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
                            long start = System.nanoTime();
                            send(connection, queries.get((offset * 7 + i) % queries.size()));
                            latencies.add(System.nanoTime() - start);
                        }
                    }
                    clientCpu.addAndGet(threads.getCurrentThreadCpuTime() - cpuBefore);
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        }
        return clientCpu.get();
    }

    /** Collections so far and the milliseconds they took, over all collectors. */
    private static long[] garbageCollections() {
        long[] totals = new long[2];
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            totals[0] += Math.max(0, collector.getCollectionCount());
            totals[1] += Math.max(0, collector.getCollectionTime());
        }
        return totals;
    }

    private static long processCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** One search request, answered 200 and read to the end. */
    private static void send(KeptAliveConnection connection, String query) throws IOException {
        String path = "/api/hsds/services?per_page=10&search=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        int status = connection.get(path);
        if (status != 200) {
            throw new IllegalStateException(path + " answered " + status);
        }
    }

    /** The queries of the relevance set: realistic words, places, typos and sv/en. */
    private static List<String> queries() throws IOException {
        try (Stream<String> lines = Files.lines(Path.of("src/test/resources/search/relevance-judgments.tsv"))) {
            return lines.filter(line -> !line.startsWith("#") && !line.isBlank()).map(line -> line.split("\t")[0]).toList();
        }
    }

    private static long megabytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum() / (1024 * 1024);
        }
    }

}
