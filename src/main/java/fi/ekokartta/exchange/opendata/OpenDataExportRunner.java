package fi.ekokartta.exchange.opendata;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.IntConsumer;

/**
 * The command-line export: {@code java -jar ekokartta.jar --ekokartta.export-to=FOLDER} writes the
 * open-data files into the folder and ends the program, 0 when written, 1 when not. It runs after
 * the seed has loaded (the other start-up runners come first).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnProperty("ekokartta.export-to")
class OpenDataExportRunner implements ApplicationRunner {

    static final String PROPERTY = "ekokartta.export-to";
    private static final Logger log = LoggerFactory.getLogger(OpenDataExportRunner.class);

    private final OpenDataFiles files;
    private final Path folder;
    private final IntConsumer end;

    @Autowired
    OpenDataExportRunner(OpenDataFiles files, ConfigurableApplicationContext context) {
        this(files, Path.of(context.getEnvironment().getRequiredProperty(PROPERTY)),
                code -> System.exit(SpringApplication.exit(context, () -> code)));
    }

    /** @param end closes the application with the exit code */
    OpenDataExportRunner(OpenDataFiles files, Path folder, IntConsumer end) {
        this.files = files;
        this.folder = folder;
        this.end = end;
    }

    @Override
    public void run(ApplicationArguments args) {
        int code;
        try {
            files.writeTo(folder).forEach(file -> log.info("Open data written: {}", file.toAbsolutePath()));
            code = 0;
        } catch (IOException | RuntimeException failed) {
            log.error("Open data could not be written to {}", folder.toAbsolutePath(), failed);
            code = 1;
        }
        end.accept(code);
    }
}
