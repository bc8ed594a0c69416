package fi.ekokartta.exchange.imports;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every official HSDS 3.0 and 3.1 example file reads, each alone and all together, in memory:
 * the kinds are told apart and the nested objects are found. Storing them is tested in
 * {@link HsdsExamplesImportTest}.
 */
class HsdsExamplesReadingTest {

    static final UUID SERVICE = UUID.fromString("ac148810-d857-441c-9679-408f346de14b");
    static final UUID ORGANIZATION = UUID.fromString("d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610");
    static final UUID TERM = UUID.fromString("3f7b145d-84af-42d7-8fae-eaca714b02b2");
    static final UUID TAXONOMY = UUID.fromString("5c4d79d7-cc55-470e-9f1f-8cad074e4892");

    static Path examples(String version) {
        return Path.of("src/test/resources/hsds-examples/" + version);
    }

    static Stream<Arguments> everyExampleFile() throws IOException {
        return Stream.of("3.0", "3.1").flatMap(version -> {
            try (Stream<Path> files = Files.list(examples(version))) {
                return files.filter(file -> file.toString().endsWith(".json")).sorted().toList().stream()
                        .map(file -> Arguments.of(version, file.getFileName().toString()));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyExampleFile")
    void every_example_file_reads_alone_without_problems(String version, String file) {
        ImportPlan plan = ImportReading.read(ImportSource.fromPath(examples(version).resolve(file)), Map.of());

        assertThat(plan.problems()).as(plan.report().render(Locale.ENGLISH)).isEmpty();
        assertThat(plan.report().rows()).isNotEmpty().noneMatch(row -> row.outcome() == ImportOutcome.REJECTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.0", "3.1"})
    void all_example_files_read_together_with_nested_objects_created(String version) {
        ImportPlan plan = ImportReading.read(ImportSource.fromPath(examples(version)), Map.of());
        ImportReport report = plan.report();

        assertThat(plan.problems()).as(report.render(Locale.ENGLISH)).isEmpty();
        assertThat(plan.graph().offerings).containsKey(SERVICE);
        assertThat(plan.graph().actors).containsKey(ORGANIZATION);
        assertThat(plan.graph().terms).containsKey(TERM);
        assertThat(plan.graph().offerings.get(SERVICE).getProvider().getId()).isEqualTo(ORGANIZATION);
        assertThat(plan.graph().offerings.get(SERVICE).getChannels()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.0", "3.1"})
    void taxonomy_json_is_a_taxonomy_not_an_organization(String version) {
        ImportPlan plan = ImportReading.read(ImportSource.fromPath(examples(version).resolve("taxonomy.json")), Map.of());

        assertThat(plan.graph().actors).isEmpty();
        assertThat(plan.report().rows()).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo("taxonomy");
            assertThat(row.id()).isEqualTo(TAXONOMY);
            assertThat(row.outcome()).isEqualTo(ImportOutcome.NOT_STORED);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.0", "3.1"})
    void a_compiled_organization_creates_its_nested_services(String version) {
        ImportPlan plan = ImportReading.read(ImportSource.fromPath(examples(version).resolve("organization_full.json")), Map.of());

        assertThat(plan.graph().actors).containsKey(ORGANIZATION);
        assertThat(plan.graph().offerings).containsKey(SERVICE);
        assertThat(plan.graph().offerings.get(SERVICE).getProvider()).isSameAs(plan.graph().actors.get(ORGANIZATION));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.0", "3.1"})
    void tabular_json_is_read_as_its_tables_with_detail_rows_nested(String version) {
        ImportPlan plan = ImportReading.read(ImportSource.fromPath(examples(version).resolve("tabular.json")), Map.of());

        assertThat(plan.problems()).as(plan.report().render(Locale.ENGLISH)).isEmpty();
        assertThat(plan.graph().offerings).containsKey(SERVICE);
        assertThat(plan.graph().actors).containsKey(ORGANIZATION);
        assertThat(plan.report().rows()).extracting(ImportRow::file).contains("tabular.json#services.csv");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.0", "3.1"})
    void the_report_names_every_dropped_field_of_a_compiled_service(String version) {
        ImportPlan plan = ImportReading.read(ImportSource.fromPath(examples(version).resolve("service_full.json")), Map.of());

        ImportRow service = plan.report().rows().stream().filter(row -> SERVICE.equals(row.id())).findFirst().orElseThrow();
        assertThat(service.outcome()).isEqualTo(ImportOutcome.CREATED);
        assertThat(service.dropped()).contains("licenses", "phones[0].languages[0].code", "organization.tax_status")
                .doesNotContain("name", "description", "status", "minimum_age", "alternate_name", "phones[0].extension");
        // The organization's own locations are not read at all; the service's schedules are kept in full.
        assertThat(service.dropped()).as("a schedule is kept in full")
                .noneMatch(path -> path.contains("schedules") && !path.startsWith("organization."));
    }

}
