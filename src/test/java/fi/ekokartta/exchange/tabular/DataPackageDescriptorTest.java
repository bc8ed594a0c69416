package fi.ekokartta.exchange.tabular;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class DataPackageDescriptorTest {

    @Test
    void the_descriptor_describes_exactly_the_files_of_the_zip() throws IOException {
        TabularData data = new DocumentFlattener().add("service", OfficialExamples.json("service_full.json")).data();
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        new TabularPackage().write(data, new PackageInfo("test", "Test", "2026-01-01T00:00:00Z", "CC-BY-4.0"), zip);

        Map<String, String> entries = entries(zip.toByteArray());
        JsonNode descriptor = OfficialExamples.JSON.readTree(entries.remove("datapackage.json"));

        assertThat(descriptor.get("profile").asString()).isEqualTo("tabular-data-package");
        Set<String> resources = new HashSet<>();
        descriptor.get("resources").forEach(resource -> resources.add(resource.get("name").asString()));
        assertThat(resources).hasSize(entries.size());
        for (JsonNode resource : descriptor.get("resources")) {
            String csv = entries.get(resource.get("path").asString());
            assertThat(csv).as(resource.get("path").asString()).isNotNull();
            StringBuilder header = new StringBuilder();
            resource.at("/schema/fields").forEach(field -> header.append(header.isEmpty() ? "" : ",")
                    .append('"').append(field.get("name").asString()).append('"'));
            assertThat(csv).startsWith(header + "\r\n");
            resource.at("/schema/foreignKeys").forEach(key ->
                    assertThat(resources).contains(key.at("/reference/resource").asString()));
        }
        assertThat(descriptor.at("/resources/0/name").asString()).isEqualTo("organizations");
    }

    private static Map<String, String> entries(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
