package fi.ekokartta.exchange.intake;

import fi.ekokartta.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The import's command-line mode: the report printed, exit 1 when anything is rejected, every format read. */
class ImportCommandTest extends AbstractIntegrationTest {

    @Autowired
    ImportCommand command;

    @Test
    void the_command_prints_the_report_and_exits_with_1_when_something_is_rejected() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path broken = Files.createTempFile(Path.of("target"), "services", ".json");
        Files.writeString(broken, "[{\"id\": ");

        int status = command.run(broken, true, Locale.ENGLISH, new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(ImportCommand.REJECTED);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Import rejected, nothing was stored", "is not valid JSON at line 1");
        int ok = command.run(Path.of("src/test/resources/hsds-examples/3.1/taxonomy_term.json"), false, Locale.ENGLISH,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(ok).isEqualTo(ImportCommand.ACCEPTED);
    }

    @Test
    void a_broken_workbook_is_refused_with_its_reason_before_any_plan() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path workbook = Files.createTempFile(Path.of("target"), "toimijat", ".xlsx");
        Files.writeString(workbook, "tämä ei ole Excel-tiedosto");

        int status = command.run(workbook, false, Locale.of("fi"), new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(ImportCommand.REJECTED);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(workbook.getFileName().toString(), "Tiedosto ei ole Excel-työkirja (.xlsx).");
    }
}
