package fi.ekokartta.base.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * The application's own settings; each is also an environment variable (EKOKARTTA_DATA_DIR, ...).
 *
 * @param dataDir       embedded PostgreSQL data and Lucene indexes, kept across restarts
 * @param seedData      folder loaded into an empty database at start, or "none"
 * @param adminPassword password of the first administrator "admin"; generated and logged if unset
 * @param demoPassword  if set, demo accounts of every role are created with the seed
 */
@ConfigurationProperties(prefix = "ekokartta")
public record EkokarttaProperties(Path dataDir, String seedData, String adminPassword, String demoPassword) {

    public static final String NO_SEED = "none";

    public EkokarttaProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        seedData = seedData == null || seedData.isBlank() ? "seed-data" : seedData;
    }

    public boolean seedEnabled() {
        return !NO_SEED.equalsIgnoreCase(seedData);
    }

    public Path indexDir() {
        return dataDir.resolve("index");
    }
}
