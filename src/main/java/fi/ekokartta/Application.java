package fi.ekokartta;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.util.List;
import java.util.stream.Stream;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class Application {

    /**
     * Command-line modes that do their work and exit. They need the database and the index, and
     * they open no port: a running application on the same machine is not disturbed (the servlet
     * container is still built, as Vaadin and security are wired to it).
     */
    static final List<String> ONE_SHOT_OPTIONS = List.of("--ekokartta.import=", "--ekokartta.export-to=");

    public static void main(String[] args) {
        SpringApplication.run(Application.class, isOneShot(args) ? withoutPort(args) : args);
    }

    /** The arguments with {@code --server.port=-1} (no connector), which outranks the settings file's port. */
    static String[] withoutPort(String... args) {
        return Stream.concat(Stream.of(args), Stream.of("--server.port=-1")).toArray(String[]::new);
    }

    static boolean isOneShot(String... args) {
        return Stream.of(args).anyMatch(arg -> ONE_SHOT_OPTIONS.stream().anyMatch(arg::startsWith));
    }
}
