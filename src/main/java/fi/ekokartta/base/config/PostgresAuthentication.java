package fi.ekokartta.base.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Password authentication (SCRAM-SHA-256) for every connection to the embedded PostgreSQL. New
 * clusters are created that way by initdb; a data folder made by an earlier version, whose
 * {@code pg_hba.conf} trusts any local user, gets the superuser password set and its
 * {@code pg_hba.conf} replaced on its first start with this version.
 */
final class PostgresAuthentication {

    private static final Logger log = LoggerFactory.getLogger(PostgresAuthentication.class);
    static final String METHOD = "scram-sha-256";
    private static final Pattern TRUST_LINE = Pattern.compile("^\\s*(local|host\\w*)\\s.*\\btrust\\s*$");

    private static final String PG_HBA = """
            # Written by Ekokartta: every connection needs the generated password kept in the
            # owner-only file postgres.password beside this folder.
            # TYPE  DATABASE        USER            ADDRESS                 METHOD
            local   all             all                                     scram-sha-256
            host    all             all             127.0.0.1/32            scram-sha-256
            host    all             all             ::1/128                 scram-sha-256
            local   replication     all                                     scram-sha-256
            host    replication     all             127.0.0.1/32            scram-sha-256
            host    replication     all             ::1/128                 scram-sha-256
            """;

    private PostgresAuthentication() {
    }

    /** Whether {@code pg_hba.conf} lets some connection in without a password. */
    static boolean trustsAnyone(Path dataDirectory) throws IOException {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        return Files.exists(hba) && Files.readAllLines(hba, StandardCharsets.UTF_8).stream()
                .anyMatch(line -> TRUST_LINE.matcher(line).matches());
    }

    /**
     * Sets the superuser's password, then requires it of every connection. Repeating it after a
     * crash half-way is harmless: the password is the same and the file is rewritten whole.
     */
    static void requirePassword(DataSource superuser, String password, Path dataDirectory) throws IOException {
        try (Connection connection = superuser.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET password_encryption = '" + METHOD + "'");
            statement.execute("ALTER ROLE postgres PASSWORD '" + password.replace("'", "''") + "'");
            Path hba = dataDirectory.resolve("pg_hba.conf");
            Path written = dataDirectory.resolve("pg_hba.conf.new");
            Files.writeString(written, PG_HBA, StandardCharsets.UTF_8);
            Files.move(written, hba, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            statement.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("Could not require a password of the embedded database's connections", e);
        }
        log.info("The embedded database now requires its password ({}) of every connection", METHOD);
    }
}
