package fi.ekokartta.benchmark;

import fi.ekokartta.StandaloneApp;
import fi.ekokartta.exchange.api.PublishedDocuments;
import fi.ekokartta.exchange.imports.ImportLimits;
import fi.ekokartta.exchange.imports.ImportOutcome;
import fi.ekokartta.exchange.imports.ImportReport;
import fi.ekokartta.exchange.imports.ImportService;
import fi.ekokartta.exchange.imports.ImportSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import benchmark: a directory of the seed and {@code -Dbenchmark.import-sizes} synthetic
 * services (1 000 and 5 000) exported as the open data's HSDS documents in Finnish, Swedish and
 * English, then imported into a second application on an empty database: the dry run, the
 * all-or-nothing store (which indexes for search in the same commit), and a second dry run of the
 * same files, which must find every object unchanged. Run with {@code mvn test -Pbenchmark
 * -Dtest=ImportBenchmarkTest}. Prints the files' sizes, the times and the heap in use after each
 * step; asserts only that the import is accepted and idempotent.
 */
@Tag("benchmark")
class ImportBenchmarkTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<Integer> SIZES = Arrays.stream(System.getProperty("benchmark.import-sizes", "1000,5000")
            .split(",")).map(String::strip).map(Integer::valueOf).toList();

    @Test
    void a_directory_exported_as_open_data_imports_into_an_empty_database() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int size : SIZES) {
            lines.add(measure(size));
        }
        System.out.printf("%n== import benchmark (HSDS fi+sv+en, into an empty database) ==%n");
        System.out.println("services | files | export | dry run | heap after | store + index | again (unchanged) | heap after");
        lines.forEach(System.out::println);
    }

    private String measure(int size) throws Exception {
        List<ImportSource.Document> documents = new ArrayList<>();
        long exportMillis;
        try (ConfigurableApplicationContext source = BenchmarkApp.start("import-source-")) {
            BenchmarkApp.addServices(source, size);
            PublishedDocuments published = source.getBean(PublishedDocuments.class);
            long start = System.nanoTime();
            for (String language : List.of("fi", "sv", "en")) {
                String suffix = "fi".equals(language) ? "" : "." + language;
                documents.add(document("taxonomy_terms" + suffix, published.taxonomyTerms(language)));
                documents.add(document("organizations" + suffix, published.organizations(language)));
                documents.add(document("services" + suffix, published.services(language)));
            }
            exportMillis = (System.nanoTime() - start) / 1_000_000;
        }
        long bytes = documents.stream().mapToLong(document -> document.bytes().length).sum();
        long largest = documents.stream().mapToLong(document -> document.bytes().length).max().orElse(0);
        assertThat(largest).as("the largest file within the import's limit").isLessThan(ImportLimits.DEFAULT.maxFileBytes());
        try (ConfigurableApplicationContext target = StandaloneApp.start(StandaloneApp.newDataDir("import-target-"))) {
            ImportService imports = target.getBean(ImportService.class);
            ImportSource source = ImportSource.of(documents);
            Timed<ImportReport> dryRun = timed(() -> imports.plan(source));
            assertThat(dryRun.value().rejected()).as(dryRun.value().render(Locale.ENGLISH)).isFalse();
            long heapAfterDryRun = heapInUse();
            Timed<ImportReport> store = timed(() -> imports.apply(source));
            assertThat(store.value().applied()).isTrue();
            Timed<ImportReport> again = timed(() -> imports.plan(source));
            Map<ImportOutcome, Integer> counts = again.value().counts();
            assertThat(counts.keySet()).as("translations are parts of their objects")
                    .containsOnly(ImportOutcome.UNCHANGED, ImportOutcome.PART_OF);
            long heapAfterAgain = heapInUse();
            return "%,8d | %d files, %.1f MB (largest %.1f MB) | %,d ms | %,d ms (%,d rows) | %d MB | %,d ms | %,d ms | %d MB"
                    .formatted(store.value().rows(ImportOutcome.CREATED).stream()
                                    .filter(row -> "service".equals(row.kind())).count(), documents.size(),
                            bytes / 1e6, largest / 1e6, exportMillis, dryRun.millis(), dryRun.value().rows().size(),
                            heapAfterDryRun, store.millis(), again.millis(), heapAfterAgain);
        }
    }

    private static ImportSource.Document document(String name, Object documents) {
        return new ImportSource.Document(name + ".json", JSON.writeValueAsBytes(documents));
    }

    private record Timed<T>(T value, long millis) {
    }

    private static <T> Timed<T> timed(Supplier<T> step) {
        long start = System.nanoTime();
        T value = step.get();
        return new Timed<>(value, (System.nanoTime() - start) / 1_000_000);
    }

    /** Heap in use after a full collection, in megabytes. */
    private static long heapInUse() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }
}
