package fi.ekokartta.exchange.excel;

import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.base.i18n.Language;
import fi.ekokartta.exchange.imports.ImportOutcome;
import fi.ekokartta.exchange.imports.ImportReport;
import fi.ekokartta.exchange.imports.ImportRow;
import fi.ekokartta.exchange.intake.ImportFormat;
import fi.ekokartta.exchange.intake.ImportIntake;
import fi.ekokartta.exchange.intake.IncomingImport;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayOutputStream;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A filled template through the one import pipeline: dry run, all-or-nothing store, a second import changes nothing. */
class ExcelImportTest extends AbstractAppTest {

    @Autowired
    ExcelTemplate template;
    @Autowired
    ImportIntake intake;
    @Autowired
    OfferingRepository offerings;

    @Test
    void a_filled_template_is_planned_then_stored_and_a_second_import_changes_nothing() throws Exception {
        login("tuonti-koordinaattori", UserRole.COORDINATOR);
        ByteArrayOutputStream blank = new ByteArrayOutputStream();
        template.write(blank, Language.FI.locale(), Optional.empty());
        byte[] filled = ExcelReaderTest.filledFinnish(blank.toByteArray());

        IncomingImport incoming = intake.read(ImportFormat.EXCEL, "toimijan-tiedot.xlsx", filled);
        assertThat(incoming.refusals()).isEmpty();
        ImportReport planned = intake.plan(incoming);

        assertThat(planned.rejected()).as(planned.render(Language.FI.locale())).isFalse();
        ImportRow service = planned.rows().stream().filter(row -> "Kielikahvila".equals(row.name())).findFirst().orElseThrow();
        assertThat(service.outcome()).isEqualTo(ImportOutcome.CREATED);
        assertThat(offerings.findById(service.id())).isEmpty();

        ImportReport applied = intake.apply(incoming);

        assertThat(applied.applied()).isTrue();
        assertThat(offerings.findById(service.id())).hasValueSatisfying(stored -> {
            assertThat(stored.getName().getEn()).isEqualTo("Language café");
            assertThat(stored.getProvider().getName().getFi()).isEqualTo("Excel-testiyhdistys ry");
        });
        ImportReport again = intake.plan(intake.read(ImportFormat.EXCEL, "toimijan-tiedot.xlsx", filled));
        assertThat(again.rows().stream().filter(row -> row.id() != null && row.id().equals(service.id())))
                .extracting(ImportRow::outcome).contains(ImportOutcome.UNCHANGED)
                .doesNotContain(ImportOutcome.CREATED, ImportOutcome.UPDATED, ImportOutcome.REJECTED);
    }

    @Test
    void a_maintainer_may_read_a_file_but_not_plan_or_store_an_import() throws Exception {
        login("tuonti-yllapitaja", UserRole.MAINTAINER);
        ByteArrayOutputStream blank = new ByteArrayOutputStream();
        template.write(blank, Language.FI.locale(), Optional.empty());
        IncomingImport incoming = intake.read(ImportFormat.EXCEL, "pohja.xlsx", blank.toByteArray());

        assertThatThrownBy(() -> intake.plan(incoming)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> intake.apply(incoming)).isInstanceOf(AccessDeniedException.class);
    }
}
