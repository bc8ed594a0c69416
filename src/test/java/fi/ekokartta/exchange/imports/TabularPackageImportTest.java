package fi.ekokartta.exchange.imports;

import fi.ekokartta.exchange.tabular.TabularDocuments;
import fi.ekokartta.exchange.tabular.TabularPackage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The official CSV datapackage, turned into named documents by exchange.tabular, reads through the pipeline. */
class TabularPackageImportTest {

    @ParameterizedTest
    @ValueSource(strings = {"3.0", "3.1"})
    void the_official_csv_datapackage_reads_through_the_import_pipeline(String version) {
        TabularPackage.Contents contents = new TabularPackage().read(Path.of("src/test/resources/tabular/hsds-" + version + "/csv"));
        List<ImportSource.Document> documents = TabularDocuments.of(contents.data()).fileBytes().entrySet().stream()
                .map(file -> new ImportSource.Document(file.getKey(), file.getValue())).toList();

        ImportPlan plan = ImportReading.read(ImportSource.of(documents), Map.of());

        assertThat(plan.problems()).as(plan.report().render(Locale.ENGLISH)).isEmpty();
        assertThat(plan.graph().offerings).containsKey(HsdsExamplesReadingTest.SERVICE);
        assertThat(plan.graph().actors).containsKey(HsdsExamplesReadingTest.ORGANIZATION);
    }
}
