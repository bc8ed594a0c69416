package fi.ekokartta.base.config;

import fi.ekokartta.Application;
import fi.ekokartta.security.AppUserRepository;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static fi.ekokartta.StandaloneApp.newDataDir;
import static fi.ekokartta.StandaloneApp.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded PostgreSQL is run as a production database: commits reach the disk before they
 * are acknowledged, it starts again after the application was killed, and it lets no one in
 * without the generated password.
 */
class EmbeddedDatabaseTest {

    /** One application, as it starts on a new data folder, for the checks that only read it. */
    private static Path newFolder;
    private static ConfigurableApplicationContext newFolderApp;

    @BeforeAll
    static void startOnANewDataFolder() throws IOException {
        newFolder = newDataDir("database-");
        newFolderApp = start(newFolder);
    }

    @AfterAll
    static void stop() {
        newFolderApp.close();
    }

    @Test
    void every_commit_is_flushed_to_disk_before_it_is_acknowledged() {
        JdbcTemplate jdbc = new JdbcTemplate(newFolderApp.getBean(DataSource.class));
        assertThat(jdbc.queryForObject("SHOW fsync", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("SHOW synchronous_commit", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("SHOW full_page_writes", String.class)).isEqualTo("on");
    }

    @Test
    void no_connection_gets_in_without_the_generated_password() throws Exception {
        String url = "jdbc:postgresql://localhost:" + newFolderApp.getBean(EmbeddedPostgres.class).getPort() + "/postgres";
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "").close())
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "wrong-password").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");

        Path passwordFile = newFolder.resolve("postgres.password");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
        DriverManager.getConnection(url, "postgres", Files.readString(passwordFile).strip()).close();
        assertThat(PostgresAuthentication.trustsAnyone(newFolder.resolve("postgres"))).isFalse();
    }

    @Test
    void a_data_folder_that_trusted_every_local_user_requires_the_password_after_its_next_start() throws Exception {
        Path dataDir = newDataDir("database-");
        Path postgresDir = dataDir.resolve("postgres");
        try (EmbeddedPostgres earlierVersion = EmbeddedPostgres.builder().setDataDirectory(postgresDir)
                .setCleanDataDirectory(false).setLocaleConfig("locale", "C.UTF-8").start()) {
            earlierVersion.getPostgresDatabase().getConnection().close();
        }
        assertThat(PostgresAuthentication.trustsAnyone(postgresDir)).isTrue();

        try (ConfigurableApplicationContext app = start(dataDir)) {
            int port = app.getBean(EmbeddedPostgres.class).getPort();
            assertThat(PostgresAuthentication.trustsAnyone(postgresDir)).isFalse();
            assertThatThrownBy(() -> DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
                    "postgres", "").close()).isInstanceOf(SQLException.class);
        }
        try (ConfigurableApplicationContext again = start(dataDir)) {
            assertThat(again.getBean(AppUserRepository.class).count()).isPositive();
        }
    }

    @Test
    void the_application_starts_again_after_it_was_killed_and_keeps_what_it_stored() throws Exception {
        Path dataDir = newDataDir("database-");
        Process killed = startInAnotherJvm(dataDir);
        try {
            killed.destroyForcibly();
            assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            killed.destroyForcibly();
        }
        long leftPostmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).getFirst().strip());
        assertThat(ProcessHandle.of(leftPostmaster)).as("the killed application's PostgreSQL outlives it")
                .hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());

        try (ConfigurableApplicationContext restarted = start(dataDir)) {
            assertThat(restarted.getBean(AppUserRepository.class).findByUsername("admin")).isPresent();
            assertThat(ProcessHandle.of(leftPostmaster).filter(ProcessHandle::isAlive)).isEmpty();
        }
    }

    @Test
    void a_second_start_on_the_folder_of_a_running_application_is_refused_and_leaves_its_database_running()
            throws Exception {
        Path dataDir = newDataDir("database-");
        Process running = startInAnotherJvm(dataDir);
        try {
            long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).getFirst().strip());

            assertThatThrownBy(() -> start(dataDir).close()).hasRootCauseInstanceOf(DataFolderInUseException.class)
                    .rootCause().hasMessageContaining(dataDir.toString()).hasMessageContaining("in use by another running Ekokartta");

            assertThat(ProcessHandle.of(postmaster)).as("the running application's PostgreSQL is left alone")
                    .hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());
            assertThat(running.isAlive()).isTrue();
        } finally {
            running.destroy();
            running.waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void a_stale_pid_file_of_a_process_that_is_not_this_folders_server_is_removed_without_touching_the_process()
            throws IOException {
        Path postgresDir = Files.createDirectories(newDataDir("database-").resolve("postgres"));
        Path pidFile = postgresDir.resolve("postmaster.pid");
        Files.writeString(pidFile, ProcessHandle.current().pid() + "\n" + postgresDir + "\n");

        LeftoverPostmaster.stopIfRunning(postgresDir);

        assertThat(pidFile).doesNotExist();
        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }

    /** The application in a JVM of its own, started until it is ready, as a server would run it. */
    private static Process startInAnotherJvm(Path dataDir) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                Application.class.getName(), "--ekokartta.data-dir=" + dataDir, "--ekokartta.seed-data=none",
                "--server.port=" + port, "--ekokartta.admin-password=killed-app-password", "--spring.main.banner-mode=off"))
                .redirectErrorStream(true).redirectOutput(dataDir.resolve("killed-app.log").toFile()).start();
        HttpClient http = HttpClient.newHttpClient();
        URI readiness = URI.create("http://localhost:" + port + "/actuator/health/readiness");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                if (http.send(HttpRequest.newBuilder(readiness).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new AssertionError("The application did not become ready; see " + dataDir.resolve("killed-app.log"));
    }
}
