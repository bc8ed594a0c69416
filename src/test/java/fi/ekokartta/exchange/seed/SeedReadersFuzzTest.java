package fi.ekokartta.exchange.seed;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any bytes as a seed or import file: the readers read it or refuse the dataset with a
 * {@link SeedDataException} that names the problems, never with anything else. Each input becomes
 * one HSDS or ecosystem file beside a valid organization. Seeds in SeedReadersFuzzTestInputs;
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=SeedReadersFuzzTest} fuzzes.
 */
class SeedReadersFuzzTest {

    private static final String[] FILES = {"hsds/services.json", "hsds/organizations.json", "hsds/taxonomy_terms.json",
            "hsds/services.sv.json", "ecosystem/roles.json", "ecosystem/relationships.json", "ecosystem/forums.json",
            "ecosystem/calendar.json", "ecosystem/roadmap.json", "ecosystem/users.json", "ecosystem/responsibilities.json"};
    private static final UUID ORGANIZATION = UUID.fromString("3f7b145d-84af-42d7-8fae-eaca714b02b2");

    @FuzzTest(maxDuration = "60s")
    void any_file_is_read_or_refused_with_the_problems_named(FuzzedDataProvider data) throws IOException {
        String name = data.pickValue(FILES);
        byte[] content = data.consumeRemainingAsBytes();
        TestDataset dataset = TestDataset.create()
                .file("hsds/organizations-base.json", "[" + TestDataset.organization(ORGANIZATION, "Toimija", "0000000-0") + "]");
        Files.write(Files.createDirectories(dataset.folder.resolve(name).getParent()).resolve(Path.of(name).getFileName()),
                content);
        try {
            dataset.read();
        } catch (SeedDataException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        } finally {
            delete(dataset.folder);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
