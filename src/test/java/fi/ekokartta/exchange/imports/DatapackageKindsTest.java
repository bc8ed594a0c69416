package fi.ekokartta.exchange.imports;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A datapackage.json names the kind of files whose own names tell nothing. */
class DatapackageKindsTest {

    @Test
    void the_datapackage_resource_name_tells_the_kind_of_a_file() {
        UUID organization = UUID.randomUUID();
        String datapackage = """
                {"name": "testi", "resources": [{"name": "organizations", "path": "data/toimijat.json"}]}""";
        String organizations = "[{\"id\": \"" + organization + "\", \"name\": \"Toimija\", \"description\": \"d\"}]";

        ImportPlan plan = ImportReading.read(ImportSource.of(List.of(
                new ImportSource.Document("datapackage.json", datapackage.getBytes(StandardCharsets.UTF_8)),
                new ImportSource.Document("toimijat.json", organizations.getBytes(StandardCharsets.UTF_8)))), Map.of());

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.graph().actors).containsOnlyKeys(organization);
    }

    @Test
    void without_a_datapackage_the_same_file_cannot_be_told() {
        String organizations = "[{\"id\": \"" + UUID.randomUUID() + "\", \"name\": \"Toimija\", \"description\": \"d\"}]";

        ImportPlan plan = ImportReading.read(ImportSource.of(List.of(
                new ImportSource.Document("toimijat.json", organizations.getBytes(StandardCharsets.UTF_8)))), Map.of());

        assertThat(plan.problems()).extracting(ImportProblem::key).containsExactly("import.problem.unknown-kind");
    }
}
