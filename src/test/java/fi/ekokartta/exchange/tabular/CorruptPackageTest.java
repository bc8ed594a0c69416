package fi.ekokartta.exchange.tabular;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CorruptPackageTest {

    private static final String SERVICES_HEADER = "id,organization_id,name\n";
    private static final String A_SERVICE = "s1,o1,Palvelu\n";

    @Test
    void a_file_that_is_not_a_zip_is_refused() {
        assertThat(messageKey(new TabularPackage(), "id,name\n1,x\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("import.tabular.notZip");
    }

    @Test
    void a_truncated_zip_is_refused() {
        byte[] zip = zip(Map.of("services.csv", (SERVICES_HEADER + A_SERVICE.repeat(2000)).getBytes(StandardCharsets.UTF_8)));

        assertThat(messageKey(new TabularPackage(), Arrays.copyOf(zip, zip.length / 2)))
                .isEqualTo("import.tabular.notZip");
    }

    @Test
    void a_csv_file_in_latin_1_is_refused() {
        byte[] latin1 = (SERVICES_HEADER + "s1,o1,Työvalmennus\n").getBytes(StandardCharsets.ISO_8859_1);

        assertThat(messageKey(new TabularPackage(), zip(Map.of("services.csv", latin1)))).isEqualTo("import.tabular.encoding");
    }

    @Test
    void an_unterminated_quote_is_refused() {
        assertThat(messageKey("services.csv", SERVICES_HEADER + "s1,o1,\"Palvelu\n")).isEqualTo("import.tabular.badCsv");
    }

    @Test
    void a_table_without_an_id_column_is_refused() {
        assertThat(messageKey("services.csv", "name\nPalvelu\n")).isEqualTo("import.tabular.noIdColumn");
    }

    @Test
    void a_row_without_an_id_is_refused() {
        assertThat(messageKey("services.csv", SERVICES_HEADER + ",o1,Palvelu\n")).isEqualTo("import.tabular.missingId");
    }

    @Test
    void a_repeated_id_is_refused() {
        assertThat(messageKey("services.csv", SERVICES_HEADER + A_SERVICE + A_SERVICE)).isEqualTo("import.tabular.duplicateId");
    }

    @Test
    void a_row_with_more_values_than_columns_is_refused() {
        assertThat(messageKey("services.csv", SERVICES_HEADER + "s1,o1,Palvelu,ylimääräinen\n"))
                .isEqualTo("import.tabular.badRow");
    }

    @Test
    void a_repeated_column_is_refused() {
        assertThat(messageKey("services.csv", "id,name,name\ns1,a,b\n")).isEqualTo("import.tabular.badCsv");
    }

    @Test
    void a_package_without_hsds_files_is_refused() {
        assertThat(messageKey("readme.txt", "hello")).isEqualTo("import.tabular.noTables");
    }

    @Test
    void a_descriptor_that_is_not_json_is_refused() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("services.csv", (SERVICES_HEADER + A_SERVICE).getBytes(StandardCharsets.UTF_8));
        files.put("datapackage.json", "{\"resources\": [".getBytes(StandardCharsets.UTF_8));

        assertThat(messageKey(new TabularPackage(), zip(files))).isEqualTo("import.tabular.badDescriptor");
    }

    @Test
    void a_descriptor_naming_a_missing_file_is_refused() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("services.csv", (SERVICES_HEADER + A_SERVICE).getBytes(StandardCharsets.UTF_8));
        files.put("datapackage.json", "{\"resources\": [{\"name\": \"phones\", \"path\": \"phones.csv\"}]}"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(messageKey(new TabularPackage(), zip(files))).isEqualTo("import.tabular.missingFile");
    }

    @Test
    void a_package_over_the_size_limit_is_refused() {
        TabularPackage small = new TabularPackage(TableSchema.hsds31(), 1000, TabularPackage.MAX_FILES);
        byte[] zip = zip(Map.of("services.csv", (SERVICES_HEADER + A_SERVICE.repeat(100)).getBytes(StandardCharsets.UTF_8)));

        assertThat(messageKey(small, zip)).isEqualTo("import.tabular.tooLarge");
    }

    @Test
    void a_package_with_too_many_files_is_refused(@TempDir Path folder) throws IOException {
        for (int i = 0; i < 4; i++) {
            Files.writeString(folder.resolve("extra" + i + ".txt"), "x");
        }
        TabularPackage few = new TabularPackage(TableSchema.hsds31(), TabularPackage.MAX_BYTES, 3);

        TabularFormatException refused = catchThrowableOfType(TabularFormatException.class, () -> few.read(folder));

        assertThat(refused.messageKey()).isEqualTo("import.tabular.tooManyFiles");
    }

    @Test
    void a_number_column_with_text_is_refused_when_nested() {
        TabularData data = new TabularPackage().read(new ByteArrayInputStream(zip(Map.of("services.csv",
                "id,name,minimum_age\ns1,Palvelu,kaksitoista\n".getBytes(StandardCharsets.UTF_8))))).data();

        TabularFormatException refused = catchThrowableOfType(TabularFormatException.class,
                () -> TabularDocuments.of(data));

        assertThat(refused.messageKey()).isEqualTo("import.tabular.notNumber");
        assertThat(refused.arguments()).containsExactly("services.csv", "minimum_age", "kaksitoista");
    }

    @Test
    void unknown_files_and_columns_are_named_not_read() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("services.csv", "id,name,colour\ns1,Palvelu,green\n".getBytes(StandardCharsets.UTF_8));
        files.put("notes.csv", "id\nx\n".getBytes(StandardCharsets.UTF_8));

        TabularPackage.Contents contents = new TabularPackage().read(new ByteArrayInputStream(zip(files)));

        assertThat(contents.ignored()).containsExactly("services.csv: colour", "notes.csv");
        assertThat(contents.data().row("service", "s1").orElseThrow()).doesNotContainKey("colour");
    }

    private static String messageKey(String file, String content) {
        return messageKey(new TabularPackage(), zip(Map.of(file, content.getBytes(StandardCharsets.UTF_8))));
    }

    private static String messageKey(TabularPackage reader, byte[] zip) {
        TabularFormatException refused = catchThrowableOfType(TabularFormatException.class,
                () -> reader.read(new ByteArrayInputStream(zip)));
        assertThat(refused).as("refused").isNotNull();
        return refused.messageKey();
    }

    static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }
}
