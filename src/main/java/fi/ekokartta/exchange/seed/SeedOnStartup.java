package fi.ekokartta.exchange.seed;

import fi.ekokartta.base.config.EkokarttaProperties;
import fi.ekokartta.base.config.StartupStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.nio.file.Path;

/**
 * Loads {@code ekokartta.seed-data} into an empty database at start. A rejected seed stops the
 * start with the list of problems, rather than serving a half-empty directory.
 */
@Component
@Order(10)
class SeedOnStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedOnStartup.class);

    private final SeedLoader loader;
    private final EkokarttaProperties properties;
    private final StartupStatus status;

    SeedOnStartup(SeedLoader loader, EkokarttaProperties properties, StartupStatus status) {
        this.loader = loader;
        this.properties = properties;
        this.status = status;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.seedEnabled()) {
            status.completed(StartupStatus.Step.SEED, "skipped (ekokartta.seed-data=none)");
        } else if (!loader.isDatabaseEmpty()) {
            log.info("Database already has content; seed data not loaded");
            status.completed(StartupStatus.Step.SEED, "skipped (database not empty)");
        } else {
            SeedSummary summary = loader.load(Path.of(properties.seedData()));
            status.completed(StartupStatus.Step.SEED, "loaded " + summary.services() + " services, "
                    + summary.actors() + " actors");
        }
    }
}
