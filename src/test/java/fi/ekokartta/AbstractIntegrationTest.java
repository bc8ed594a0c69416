package fi.ekokartta;

import fi.ekokartta.base.web.RateLimits;
import fi.ekokartta.security.LoginThrottle;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Base of every test that needs the application: one Spring context (cached across test classes)
 * on a real embedded PostgreSQL in a fresh data folder per test run, with the real seed-data
 * loaded. Tests add their own data beside the seed and must not assume an otherwise empty database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class AbstractIntegrationTest {

    protected static final String DEMO_PASSWORD = "demo-salasana-123";
    protected static final String ADMIN_PASSWORD = "admin-salasana-123";

    private static final Path DATA_DIR = createDataDir();

    @Autowired
    private RateLimits rateLimits;
    @Autowired
    private LoginThrottle loginThrottle;

    /**
     * Every test is a fresh client: all tests come from one address, the forms' limit is a few an
     * hour, and a few failed sign-ins hold an account back.
     */
    @BeforeEach
    void forgetRateLimitedClients() {
        rateLimits.forgetAll();
        loginThrottle.forgetAll();
    }

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("ekokartta.data-dir", DATA_DIR::toString);
        registry.add("ekokartta.demo-password", () -> DEMO_PASSWORD);
        registry.add("ekokartta.admin-password", () -> ADMIN_PASSWORD);
    }

    private static Path createDataDir() {
        try {
            Path target = Path.of("target");
            Files.createDirectories(target);
            return Files.createTempDirectory(target.toAbsolutePath(), "test-data-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
