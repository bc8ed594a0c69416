package fi.ekokartta.exchange.opendata;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** The export mode exists only when asked for, and Spring can make it then. */
class OpenDataExportRunnerTest {

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withBean(OpenDataFiles.class, () -> mock(OpenDataFiles.class))
            .withUserConfiguration(OpenDataExportRunner.class);

    @Test
    void an_ordinary_start_has_no_export_runner() {
        contexts.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(OpenDataExportRunner.class));
    }

    @Test
    void the_export_property_makes_the_runner() {
        contexts.withPropertyValues("ekokartta.export-to=target/avoin-data")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(OpenDataExportRunner.class));
    }
}
