package fi.ekokartta.exchange.opendata;

import fi.ekokartta.exchange.tabular.DocumentFlattener;
import fi.ekokartta.exchange.tabular.PackageInfo;
import fi.ekokartta.exchange.tabular.TabularPackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The open-data files as bytes: a JSON document and a CSV package per language. Each is made at most once in {@link #FRESH_FOR}: the whole
 * dataset is read for each, and a public download must not let anyone make the server do that on
 * every request.
 */
@Component
class OpenDataFiles {

    static final Duration FRESH_FOR = Duration.ofMinutes(10);
    /** The data package's title in its own language, as a harvester shows it. */
    private static final Map<String, String> TITLES = Map.of(
            "fi", "Ekokartta: työllisyyden ekosysteemin palvelut ja toimijat (HSDS 3.1)",
            "sv", "Ekokartta: sysselsättningsekosystemets tjänster och aktörer (HSDS 3.1)",
            "en", "Ekokartta: services and actors of the employment ecosystem (HSDS 3.1)");
    private static final Logger log = LoggerFactory.getLogger(OpenDataFiles.class);

    private final PublicDataset dataset;
    private final Clock clock = Clock.systemUTC();
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Made> made = new ConcurrentHashMap<>();

    private final String licence;

    /** @param licence the data's licence as the data package names it (SPDX), chosen by whoever publishes the data */
    OpenDataFiles(PublicDataset dataset, @Value("${ekokartta.open-data.licence:CC-BY-4.0}") String licence) {
        this.dataset = dataset;
        this.licence = licence;
    }

    /** @param language fi, sv or en */
    byte[] json(String language) {
        return cached(OpenDataFileNames.json(language),
                () -> json.writerWithDefaultPrettyPrinter().writeValueAsBytes(dataset.document(language, clock.instant())));
    }

    /** @param language fi, sv or en */
    byte[] csvZip(String language) {
        return cached(OpenDataFileNames.csvZip(language), () -> makeCsvZip(language));
    }

    /** Writes every file into the folder (made if missing); returns the files written. */
    List<Path> writeTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (String language : OpenDataFileNames.LANGUAGES) {
            written.add(Files.write(folder.resolve(OpenDataFileNames.json(language)), json(language)));
        }
        for (String language : OpenDataFileNames.LANGUAGES) {
            written.add(Files.write(folder.resolve(OpenDataFileNames.csvZip(language)), csvZip(language)));
        }
        return written;
    }

    private byte[] makeCsvZip(String language) {
        DocumentFlattener tables = dataset.tables(language);
        if (!tables.dropped().isEmpty()) {
            log.warn("Open data CSV package ({}) leaves out {} values that have no HSDS column, e.g. {}",
                    language, tables.dropped().size(), tables.dropped().getFirst());
        }
        String created = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try {
            new TabularPackage().write(tables.data(), new PackageInfo("ekokartta-hsds-" + language,
                    TITLES.get(language), created, licence, language), zip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip.toByteArray();
    }

    private byte[] cached(String name, Supplier<byte[]> make) {
        Instant now = clock.instant();
        return made.compute(name, (key, earlier) -> earlier != null && earlier.until().isAfter(now)
                ? earlier : new Made(make.get(), now.plus(FRESH_FOR))).bytes();
    }

    private record Made(byte[] bytes, Instant until) {
    }
}
