package fi.ekokartta.exchange.opendata;

import fi.ekokartta.exchange.api.HsdsSchemas;
import com.networknt.schema.JsonSchema;
import fi.ekokartta.AbstractIntegrationTest;
import fi.ekokartta.exchange.imports.ImportReport;
import fi.ekokartta.exchange.imports.ImportService;
import fi.ekokartta.exchange.imports.ImportSource;
import fi.ekokartta.exchange.tabular.TabularDocuments;
import fi.ekokartta.exchange.tabular.TabularPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class OpenDataTest extends AbstractIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HsdsSchemas SCHEMAS = new HsdsSchemas();
    private static final String REGISTRATION = "b5b9945b-7808-5062-b26c-026ac4caee2f";

    @LocalServerPort
    private int port;
    @Autowired
    private OpenDataFiles files;
    @Autowired
    private PublicDataset dataset;
    @Autowired
    private ImportService imports;

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "en"})
    void each_language_document_is_downloadable_and_valid_hsds_3_1(String language) throws Exception {
        HttpResponse<byte[]> response = get("/api/avoin-data/ekokartta-hsds-" + language + ".json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).contains("attachment").contains("ekokartta-hsds-" + language + ".json"));
        JsonNode document = JSON.readTree(response.body());
        assertThat(document.get("hsds_version").asString()).isEqualTo("3.1");
        assertThat(document.get("language").asString()).isEqualTo(language);
        assertThat(document.get("services").size()).isGreaterThan(10);
        assertThat(document.get("organizations").size()).isGreaterThan(3);
        assertThat(document.get("taxonomy_terms").size()).isGreaterThan(3);
        assertValid(document.get("services"), SCHEMAS.service);
        assertValid(document.get("organizations"), SCHEMAS.organization);
        assertValid(document.get("taxonomies"), SCHEMAS.taxonomy);
        assertValid(document.get("taxonomy_terms"), SCHEMAS.taxonomyTerm);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "en"})
    void the_csv_package_of_each_language_reads_back_into_the_same_services(String language) throws Exception {
        HttpResponse<byte[]> response = get("/api/avoin-data/ekokartta-hsds-csv-" + language + ".zip");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).contains("ekokartta-hsds-csv-" + language + ".zip"));

        TabularPackage.Contents contents = new TabularPackage().read(new ByteArrayInputStream(response.body()));
        Map<String, JsonNode> nested = byId(TabularDocuments.of(contents.data()).files().get("services.json"));
        JsonNode document = JSON.readTree(files.json(language));

        assertThat(contents.ignored()).isEmpty();
        assertThat(contents.language()).isEqualTo(language);
        assertThat(dataset.tables(language).dropped()).isEmpty();
        assertThat(nested).hasSameSizeAs(document.get("services"));
        for (JsonNode service : document.get("services")) {
            Map<String, String> expected = leaves(service);
            Map<String, String> actual = leaves(nested.get(service.get("id").asString()));
            assertThat(actual).as(service.get("id").asString()).containsAllEntriesOf(expected);
        }
    }

    @Test
    void the_swedish_csv_package_has_swedish_names_and_re_imports_as_the_swedish_texts_beside_the_finnish_one() throws Exception {
        TabularPackage.Contents contents = new TabularPackage().read(new ByteArrayInputStream(
                get("/api/avoin-data/ekokartta-hsds-csv-sv.zip").body()));
        JsonNode datapackage = JSON.readTree(zipEntry(get("/api/avoin-data/ekokartta-hsds-csv-sv.zip").body(), "datapackage.json"));
        assertThat(datapackage.get("name").asString()).isEqualTo("ekokartta-hsds-sv");
        assertThat(datapackage.get("title").asString()).startsWith("Ekokartta: sysselsättningsekosystemets tjänster");
        assertThat(datapackage.get("language").asString()).isEqualTo("sv");
        TabularDocuments documents = TabularDocuments.of(contents.data());
        JsonNode registration = byId(documents.files().get("services.json")).get(REGISTRATION);
        assertThat(registration.get("name").asString()).isEqualTo("Anmälan som arbetssökande och inledande intervju");

        // Named as translation files, so that Swedish never replaces Finnish: imported with the Finnish package.
        Map<String, byte[]> named = new java.util.LinkedHashMap<>(documents.fileBytes(contents.language()));
        assertThat(named).containsKey("services.sv.json").doesNotContainKey("services.json");
        TabularPackage.Contents finnish = new TabularPackage().read(new ByteArrayInputStream(
                get("/api/avoin-data/ekokartta-hsds-csv-fi.zip").body()));
        named.putAll(TabularDocuments.of(finnish.data()).fileBytes(finnish.language()));
        ImportReport report = imports.plan(ImportSource.of(named.entrySet().stream()
                .map(file -> new ImportSource.Document(file.getKey(), file.getValue())).toList()));

        assertThat(report.rejected()).as(report.render(Locale.ENGLISH)).isFalse();
        assertThat(report.rows()).filteredOn(row -> UUID.fromString(REGISTRATION).equals(row.id()))
                .filteredOn(row -> row.file().equals("services.sv.json")).singleElement().satisfies(row -> {
                    assertThat(row.kind()).isEqualTo("service (sv)");
                    assertThat(row.name()).isEqualTo("Anmälan som arbetssökande och inledande intervju");
                });
    }

    @Test
    void an_unknown_language_is_not_found() throws Exception {
        assertThat(get("/api/avoin-data/ekokartta-hsds-de.json").statusCode()).isEqualTo(404);
        assertThat(get("/api/avoin-data/ekokartta-hsds-csv-de.zip").statusCode()).isEqualTo(404);
    }

    @Test
    void the_finnish_csv_package_is_still_served_under_its_earlier_name() throws Exception {
        HttpResponse<byte[]> response = get("/api/avoin-data/ekokartta-hsds-csv.zip");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new TabularPackage().read(new ByteArrayInputStream(response.body())).language()).isEqualTo("fi");
    }

    @Test
    void the_export_command_writes_the_json_and_csv_files_of_each_language_and_ends_with_0(@TempDir Path folder) throws IOException {
        AtomicInteger exitCode = new AtomicInteger(-1);

        new OpenDataExportRunner(files, folder.resolve("avoin-data"), exitCode::set).run(null);

        assertThat(exitCode).hasValue(0);
        assertThat(OpenDataFileNames.all()).containsExactly("ekokartta-hsds-fi.json", "ekokartta-hsds-sv.json",
                "ekokartta-hsds-en.json", "ekokartta-hsds-csv-fi.zip", "ekokartta-hsds-csv-sv.zip", "ekokartta-hsds-csv-en.zip");
        for (String name : OpenDataFileNames.all()) {
            assertThat(folder.resolve("avoin-data").resolve(name)).isNotEmptyFile();
        }
        assertThat(JSON.readTree(folder.resolve("avoin-data/ekokartta-hsds-sv.json").toFile()).get("language")
                .asString()).isEqualTo("sv");
    }

    @Test
    void the_export_command_ends_with_1_when_it_cannot_write(@TempDir Path folder) throws IOException {
        Path aFile = Files.writeString(folder.resolve("not-a-folder"), "x");
        AtomicInteger exitCode = new AtomicInteger(-1);

        new OpenDataExportRunner(files, aFile, exitCode::set).run(null);

        assertThat(exitCode).hasValue(1);
    }

    private static byte[] zipEntry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError(name + " is not in the zip");
    }

    private static void assertValid(JsonNode items, JsonSchema schema) {
        for (JsonNode item : items) {
            assertThat(SCHEMAS.problems(schema, item.toString())).as(item.path("id").asString()).isEmpty();
        }
    }

    private static Map<String, JsonNode> byId(JsonNode documents) {
        Map<String, JsonNode> byId = new HashMap<>();
        StreamSupport.stream(documents.spliterator(), false).forEach(document -> byId.put(document.get("id").asString(), document));
        return byId;
    }

    /** Leaf values by path, array items by their id (or index) so that order does not matter. */
    private static Map<String, String> leaves(JsonNode node) {
        Map<String, String> leaves = new HashMap<>();
        collect(node, "", leaves);
        return leaves;
    }

    private static void collect(JsonNode node, String path, Map<String, String> leaves) {
        if (node.isObject()) {
            node.properties().forEach(property -> collect(property.getValue(), path + "/" + property.getKey(), leaves));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                collect(item, path + "/" + (item.has("id") ? item.get("id").asString() : String.valueOf(i)), leaves);
            }
        } else if (node.isNumber()) {
            leaves.put(path, node.decimalValue().stripTrailingZeros().toPlainString()); // 35.0 and 35.00 are one amount
        } else if (!node.isNull()) {
            leaves.put(path, node.asString());
        }
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
    }
}
