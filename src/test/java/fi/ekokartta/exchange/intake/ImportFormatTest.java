package fi.ekokartta.exchange.intake;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class ImportFormatTest {

    @Test
    void the_format_is_guessed_by_the_name_and_a_look_inside() throws IOException {
        assertThat(ImportFormat.guess("Toimijan tiedot.XLSX", new byte[0])).isEqualTo(ImportFormat.EXCEL);
        assertThat(ImportFormat.guess("paketti.zip", zip("service.csv", "datapackage.json"))).isEqualTo(ImportFormat.HSDS_CSV);
        assertThat(ImportFormat.guess("paketti.zip", zip("services.json", "organizations.json"))).isEqualTo(ImportFormat.HSDS_JSON);
        assertThat(ImportFormat.guess("rikki.zip", "ei zip".getBytes(StandardCharsets.UTF_8))).isEqualTo(ImportFormat.HSDS_JSON);
        assertThat(ImportFormat.guess("palvelu.json", """
                {"id": "0f0e0d0c-0000-4000-8000-000000000001", "serviceNames": [{"language": "fi", "value": "Työhönvalmennus"}]}
                """.getBytes(StandardCharsets.UTF_8))).isEqualTo(ImportFormat.PTV_V11);
        assertThat(ImportFormat.guess("services.json", """
                [{"id": "0f0e0d0c-0000-4000-8000-000000000001", "name": "Työhönvalmennus", "status": "active"}]
                """.getBytes(StandardCharsets.UTF_8))).isEqualTo(ImportFormat.HSDS_JSON);
    }

    private static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("id\n".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
