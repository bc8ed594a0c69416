package fi.ekokartta.benchmark;

import fi.ekokartta.Application;
import fi.ekokartta.StandaloneApp;
import fi.ekokartta.offering.Offering;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;

/**
 * The application as the benchmarks measure it: the seed plus synthetic services on a fresh data
 * folder, the search index rebuilt over them, and the rate limits raised so that the load
 * generator's one address is not refused.
 */
final class BenchmarkApp {

    private BenchmarkApp() {
    }

    static ConfigurableApplicationContext start(String dataDirPrefix) throws IOException {
        return new SpringApplicationBuilder(Application.class).run(
                "--ekokartta.data-dir=" + StandaloneApp.newDataDir(dataDirPrefix), "--server.port=0",
                "--ekokartta.admin-password=benchmark-password", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--ekokartta.rate-limit.search.per-second=1000000", "--ekokartta.rate-limit.search.burst=1000000");
    }

    /** Adds {@code size} synthetic services with plain SQL, which the index cannot see by itself. */
    static void addServices(ConfigurableApplicationContext app, int size) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        new SyntheticServices(jdbc).insert(jdbc, size);
    }

    static void reindexServices(ConfigurableApplicationContext app) throws InterruptedException {
        Search.mapping(app.getBean(EntityManagerFactory.class)).scope(Offering.class).massIndexer()
                .threadsToLoadObjects(2).batchSizeToLoadObjects(200).mergeSegmentsOnFinish(true).startAndWait();
    }
}
