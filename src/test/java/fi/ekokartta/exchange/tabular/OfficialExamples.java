package fi.ekokartta.exchange.tabular;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** The official HSDS examples copied to src/test/resources/tabular/hsds-3.1 and hsds-3.0 (with their licences). */
final class OfficialExamples {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private OfficialExamples() {
    }

    static JsonNode json(String file) {
        try (InputStream in = OfficialExamples.class.getResourceAsStream("/tabular/hsds-3.1/" + file)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path csvFolder() {
        return csvFolder("3.1");
    }

    static Path csvFolder(String version) {
        try {
            return Path.of(OfficialExamples.class.getResource("/tabular/hsds-" + version + "/csv").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
