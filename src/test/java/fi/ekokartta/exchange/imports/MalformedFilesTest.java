package fi.ekokartta.exchange.imports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files no import can use get a message naming file, entry and field, in Finnish, Swedish and
 * English, and reject the import. Storing nothing of a rejected import is tested with the
 * database in {@link ImportServiceTest}.
 */
class MalformedFilesTest {

    private static final ImportLimits SMALL = new ImportLimits(2_000, 3, 5, 8);

    private static ImportPlan read(ImportLimits limits, String name, byte[] bytes) {
        return ImportReading.read(ImportSource.of(List.of(new ImportSource.Document(name, bytes)), limits), Map.of());
    }

    private static ImportPlan read(String name, String json) {
        return read(ImportLimits.DEFAULT, name, json.getBytes(StandardCharsets.UTF_8));
    }

    private static ImportProblem onlyProblem(ImportPlan plan) {
        assertThat(plan.rejected()).isTrue();
        assertThat(plan.report().rejected()).isTrue();
        assertThat(plan.problems()).hasSize(1);
        return plan.problems().getFirst();
    }

    @Test
    void truncated_json_names_the_file_line_and_column() {
        ImportProblem problem = onlyProblem(read("services.json", "[{\"id\": \"x\",\n \"name\": "));

        assertThat(problem.file()).isEqualTo("services.json");
        assertThat(problem.message(Locale.ENGLISH)).startsWith("is not valid JSON at line 2, column");
        assertThat(problem.message(Locale.of("fi"))).startsWith("ei ole kelvollista JSONia rivillä 2");
        assertThat(problem.message(Locale.of("sv"))).startsWith("är inte giltig JSON på rad 2");
    }

    @Test
    void a_file_not_in_utf_8_names_the_first_bad_byte() {
        byte[] latin1 = "[{\"id\": \"x\", \"name\": \"Työ\"}]".getBytes(StandardCharsets.ISO_8859_1);

        ImportProblem problem = onlyProblem(read(ImportLimits.DEFAULT, "organizations.json", latin1));

        assertThat(problem.message(Locale.ENGLISH)).isEqualTo("is not UTF-8 text (byte 25 is not valid UTF-8); save the file as UTF-8");
        assertThat(problem.message(Locale.of("fi"))).contains("ei ole UTF-8-tekstiä", "tavu 25");
    }

    @Test
    void a_file_over_the_size_limit_is_refused_unread() {
        byte[] huge = ("[" + "{\"id\": \"x\"},".repeat(300) + "{}]").getBytes(StandardCharsets.UTF_8);

        ImportProblem problem = onlyProblem(read(SMALL, "services.json", huge));

        assertThat(problem.key()).isEqualTo("import.problem.file-too-big");
        assertThat(problem.message(Locale.ENGLISH)).isEqualTo("is larger than 2000 bytes, the most one file may be");
    }

    @Test
    void nesting_deeper_than_the_limit_is_refused() {
        String deep = "[{\"id\": \"x\", \"name\": \"n\", \"attributes\": " + "[".repeat(20) + "]".repeat(20) + "}]";

        ImportProblem problem = onlyProblem(read(SMALL, "services.json", deep.getBytes(StandardCharsets.UTF_8)));

        assertThat(problem.message(Locale.ENGLISH)).isEqualTo("is nested deeper than 8 levels, the most an import reads");
    }

    @Test
    void too_many_files_and_too_many_objects_are_refused() {
        List<ImportSource.Document> files = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            files.add(new ImportSource.Document("taxonomy_terms-" + i + ".json", "[]".getBytes(StandardCharsets.UTF_8)));
        }
        ImportPlan tooManyFiles = ImportReading.read(ImportSource.of(files, SMALL), Map.of());
        assertThat(onlyProblem(tooManyFiles).message(Locale.ENGLISH)).isEqualTo("is one file too many: an import holds at most 3 files");

        StringBuilder terms = new StringBuilder("[");
        for (int i = 0; i < 6; i++) {
            terms.append(i == 0 ? "" : ",").append("{\"id\": \"").append(UUID.randomUUID()).append("\", \"name\": \"t\"}");
        }
        ImportPlan tooManyObjects = read(SMALL, "taxonomy_terms.json", terms.append("]").toString().getBytes(StandardCharsets.UTF_8));
        assertThat(onlyProblem(tooManyObjects).message(Locale.ENGLISH)).isEqualTo("holds too many objects: an import holds at most 5");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"id\": \"%s\", \"name\": 42, \"status\": \"active\"} | name | expected text, found a number | odotettiin tekstiä, löytyi luku",
            "{\"id\": \"%s\", \"name\": \"n\", \"status\": \"active\", \"languages\": {\"code\": \"fi\"}} | languages | expected a list, found an object | odotettiin listaa, löytyi olio",
            "{\"id\": \"%s\", \"name\": [\"n\"], \"status\": \"active\"} | name | expected text, found a list | odotettiin tekstiä, löytyi lista",
            "{\"id\": \"%s\", \"name\": \"n\", \"status\": \"active\", \"minimum_age\": \"18\"} | minimum_age | expected a whole number, found '\"18\"' | odotettiin kokonaislukua, löytyi '\"18\"'"})
    void a_value_of_the_wrong_type_names_entry_and_field(String service, String field, String english, String finnish) {
        UUID id = UUID.randomUUID();
        ImportPlan plan = read("services.json", "[" + service.formatted(id) + "]");

        assertThat(plan.problems()).filteredOn(problem -> field.equals(problem.field())).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("services.json");
            assertThat(problem.entry()).startsWith("#1 (id " + id);
            assertThat(problem.message(Locale.ENGLISH)).isEqualTo(english);
            assertThat(problem.message(Locale.of("fi"))).isEqualTo(finnish);
        });
        assertThat(plan.report().rows()).filteredOn(row -> id.equals(row.id())).singleElement()
                .satisfies(row -> assertThat(row.outcome()).isEqualTo(ImportOutcome.REJECTED));
    }

    @Test
    void an_array_where_objects_are_expected_names_the_entry() {
        ImportPlan plan = read("organizations.json", "[[\"not\", \"an\", \"object\"]]");

        ImportProblem problem = onlyProblem(plan);
        assertThat(problem.entry()).isEqualTo("#1");
        assertThat(problem.message(Locale.ENGLISH)).isEqualTo("expected an object, found a list");
    }

    @Test
    void a_broken_zip_is_refused_and_a_good_zip_reads_its_json_files() throws IOException {
        ImportSource broken = ImportSource.fromZip("upload.zip", "PK\u0003\u0004 not really".getBytes(StandardCharsets.ISO_8859_1),
                ImportLimits.DEFAULT);
        assertThat(ImportReading.read(broken, Map.of()).rejected()).isTrue();

        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            zip.putNextEntry(new ZipEntry("data/taxonomy_term.json"));
            zip.write("{\"id\": \"3f7b145d-84af-42d7-8fae-eaca714b02b2\", \"name\": \"Termi\"}".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        ImportPlan plan = ImportReading.read(ImportSource.fromZip("upload.zip", zipped.toByteArray(), ImportLimits.DEFAULT), Map.of());
        assertThat(plan.rejected()).isFalse();
        assertThat(plan.graph().terms).containsKey(UUID.fromString("3f7b145d-84af-42d7-8fae-eaca714b02b2"));
    }
}
