package fi.ekokartta;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The application started on a data folder of a test's own, without the seed, for tests of what
 * happens across stops and starts (the shared test context never stops).
 */
public final class StandaloneApp {

    private StandaloneApp() {
    }

    public static Path newDataDir(String prefix) throws IOException {
        return Files.createTempDirectory(Files.createDirectories(Path.of("target")).toAbsolutePath(), prefix);
    }

    public static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(Application.class).run(
                "--ekokartta.data-dir=" + dataDir, "--ekokartta.seed-data=none", "--server.port=0",
                "--ekokartta.admin-password=standalone-test-password", "--spring.main.banner-mode=off");
    }
}
