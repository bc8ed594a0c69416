package fi.ekokartta;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Base of the tests of the application's e-mail: an application of its own with e-mail switched
 * on at start (GreenMail as the SMTP server), an empty database and no seed. Every such test class
 * shares this one configuration, so Spring starts the application once for all of them.
 */
@SpringBootTest(properties = {"ekokartta.seed-data=none", "ekokartta.public-url=https://ekokartta.example",
        "spring.mail.host=localhost", "ekokartta.mail.from=ekokartta@ekokartta.example"})
public abstract class AbstractMailAppTest {

    @RegisterExtension
    protected static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Path DATA_DIR = createDataDir();

    @DynamicPropertySource
    static void mailApplication(DynamicPropertyRegistry registry) {
        registry.add("ekokartta.data-dir", DATA_DIR::toString);
        registry.add("ekokartta.admin-password", () -> "admin-salasana-123");
        registry.add("spring.mail.port", () -> ServerSetupTest.SMTP.getPort());
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target")).toAbsolutePath(), "mail-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
