package fi.ekokartta.base.config;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Starts a real PostgreSQL (zonky binaries) in {@code ekokartta.data-dir/postgres} when no
 * external database is configured by {@code spring.datasource.url}. The data folder is never
 * cleaned, so data survives restarts. It is run as a production database: every commit is
 * flushed to disk before it is acknowledged, a server left running by a killed application is
 * shut down before the start, and every connection needs a generated password.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    static final String SUPERUSER = "postgres";

    /**
     * zonky starts the server with {@code -F} (fsync off) and {@code synchronous_commit=off}, which
     * lose acknowledged commits in a power failure; these settings follow on the command line and
     * win, giving PostgreSQL's own durable defaults.
     */
    static final Map<String, String> DURABILITY = Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on");

    /** Closed by Spring after the DataSource that depends on it, not by a JVM shutdown hook. */
    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EkokarttaProperties properties) throws IOException {
        Path dataFolder = properties.dataDir().toAbsolutePath();
        Path dataDirectory = dataFolder.resolve("postgres");
        Files.createDirectories(dataDirectory);
        Path passwordFile = passwordFile(properties);
        String password = PostgresPassword.readOrCreate(passwordFile);
        // A server whose process lives (a running application beside a command-line import) is not left over.
        DataFolderLock.requireFree(dataDirectory, dataFolder);
        LeftoverPostmaster.stopIfRunning(dataDirectory);
        boolean trustedBefore = PostgresAuthentication.trustsAnyone(dataDirectory);
        log.info("Starting embedded PostgreSQL in {}", dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "50")
                .setServerConfig("password_encryption", PostgresAuthentication.METHOD)
                .setLocaleConfig("locale", "C.UTF-8")
                .setLocaleConfig("auth", PostgresAuthentication.METHOD)
                .setLocaleConfig("pwfile", passwordFile.toString())
                .setConnectConfig("password", password);
        DURABILITY.forEach(builder::setServerConfig);
        EmbeddedPostgres postgres = builder.start();
        if (trustedBefore) {
            PostgresAuthentication.requirePassword(postgres.getPostgresDatabase(), password, dataDirectory);
        }
        return postgres;
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgres postgres, EkokarttaProperties properties) throws IOException {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl(SUPERUSER, "postgres"));
        dataSource.setUsername(SUPERUSER);
        dataSource.setPassword(PostgresPassword.readOrCreate(passwordFile(properties)));
        dataSource.setMaximumPoolSize(20);
        dataSource.setPoolName("ekokartta-embedded");
        return dataSource;
    }

    static Path passwordFile(EkokarttaProperties properties) {
        return properties.dataDir().toAbsolutePath().resolve("postgres.password");
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
