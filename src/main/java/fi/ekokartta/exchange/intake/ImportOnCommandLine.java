package fi.ekokartta.exchange.intake;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code java -jar ekokartta.jar --ekokartta.import=PATH [--ekokartta.import-commit=true]
 * [--ekokartta.import-language=fi|sv|en]}: prints the import report and exits, after the seed and
 * the search index are ready (so a committed import is indexed like any other write).
 */
@Component
@Order(30)
class ImportOnCommandLine implements ApplicationRunner {

    static final String PATH = "ekokartta.import";
    static final String COMMIT = "ekokartta.import-commit";
    static final String LANGUAGE = "ekokartta.import-language";

    private final ImportCommand command;
    private final ConfigurableApplicationContext context;

    ImportOnCommandLine(ImportCommand command, ConfigurableApplicationContext context) {
        this.command = command;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(PATH)) {
            return;
        }
        int status = command.run(Path.of(single(args, PATH, "")), Boolean.parseBoolean(single(args, COMMIT, "false")),
                Locale.of(single(args, LANGUAGE, "fi")), System.out);
        System.exit(SpringApplication.exit(context, () -> status));
    }

    private static String single(ApplicationArguments args, String name, String fallback) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? fallback : values.getLast();
    }
}
