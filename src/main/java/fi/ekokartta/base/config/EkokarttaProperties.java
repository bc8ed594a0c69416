package fi.ekokartta.base.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * The application's own settings; each is also an environment variable (EKOKARTTA_DATA_DIR, ...).
 *
 * @param dataDir       embedded PostgreSQL data and Lucene indexes, kept across restarts
 * @param seedData      folder loaded into an empty database at start, or "none"
 * @param adminPassword password of the first administrator "admin"; generated and logged if unset
 * @param demoPassword  if set, demo accounts of every role are created with the seed
 * @param publicUrl     the address of this application as the public reaches it (share links, QR
 *                      codes); unset: the address each request was made to
 */
@ConfigurationProperties(prefix = "ekokartta")
public record EkokarttaProperties(Path dataDir, String seedData, String adminPassword, String demoPassword,
                                  URI publicUrl) {

    public static final String NO_SEED = "none";

    public EkokarttaProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        seedData = seedData == null || seedData.isBlank() ? "seed-data" : seedData;
        if (publicUrl != null && (!publicUrl.isAbsolute() || publicUrl.getHost() == null
                || !List.of("http", "https").contains(publicUrl.getScheme()))) {
            throw new IllegalArgumentException("ekokartta.public-url must be an absolute http or https address, not " + publicUrl);
        }
    }

    public boolean seedEnabled() {
        return !NO_SEED.equalsIgnoreCase(seedData);
    }

    public Path indexDir() {
        return dataDir.resolve("index");
    }
}
