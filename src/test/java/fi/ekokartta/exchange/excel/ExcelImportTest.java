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
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

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

    @Test
    void a_workbook_updates_only_the_cells_it_fills_and_keeps_what_was_edited_in_the_application() throws Exception {
        login("tuonti-koordinaattori", UserRole.COORDINATOR);
        ByteArrayOutputStream blank = new ByteArrayOutputStream();
        template.write(blank, Language.FI.locale(), Optional.empty());
        String unique = fi.ekokartta.EntryFixture.unique();
        byte[] filled = workbook(blank.toByteArray(), unique, "Palvelu.");
        IncomingImport incoming = intake.read(ImportFormat.EXCEL, "toimijan-tiedot.xlsx", filled);
        assertThat(incoming.refusals()).isEmpty();
        ImportRow service = intake.apply(incoming).rows().stream()
                .filter(row -> ("Päivitettävä palvelu " + unique).equals(row.name())).findFirst().orElseThrow();
        jdbc.update("update offering set summary_fi = 'Muokattu välillä' where id = ?", service.id());

        ImportReport same = intake.plan(intake.read(ImportFormat.EXCEL, "toimijan-tiedot.xlsx", filled));
        assertThat(same.rows()).filteredOn(row -> service.id().equals(row.id()))
                .extracting(ImportRow::outcome).as("the workbook has no summary: the edit is no change of its")
                .containsExactly(ImportOutcome.UNCHANGED);

        byte[] changed = workbook(blank.toByteArray(), unique, "Uusi kuvaus.");
        com.vaadin.flow.component.UI.getCurrent().navigate("hallinta/tuonti");
        fi.ekokartta.exchange.intake.ui.ImportView view =
                com.github.mvysny.kaributesting.v10.LocatorJ._get(fi.ekokartta.exchange.intake.ui.ImportView.class);
        view.receive("toimijan-tiedot.xlsx", changed);
        com.github.mvysny.kaributesting.v10.LocatorJ._click(com.github.mvysny.kaributesting.v10.LocatorJ._get(
                com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Tarkista (koeajo)")));
        assertThat(view.getElement().getTextRecursively()).contains("olemassa olevaa kohdetta muuttuu",
                "tyhjä solu ei muuta tallennettua tietoa, pelkkä viiva (-) tyhjentää sen");

        intake.apply(intake.read(ImportFormat.EXCEL, "toimijan-tiedot.xlsx", changed));
        assertThat(jdbc.queryForObject("select description_fi from offering where id = ?", String.class, service.id()))
                .isEqualTo("Uusi kuvaus.");
        assertThat(jdbc.queryForObject("select summary_fi from offering where id = ?", String.class, service.id()))
                .isEqualTo("Muokattu välillä");
    }

    @Test
    void a_lone_dash_empties_a_stored_value_a_blank_cell_keeps_it_and_a_dash_elsewhere_is_refused() throws Exception {
        login("tuonti-koordinaattori", UserRole.COORDINATOR);
        ByteArrayOutputStream blank = new ByteArrayOutputStream();
        template.write(blank, Language.FI.locale(), Optional.empty());
        String unique = fi.ekokartta.EntryFixture.unique();
        String organization = "Tyhjennettävä yhdistys " + unique;
        String name = "Tyhjennettävä palvelu " + unique;
        byte[] full = Workbooks.addRow(Workbooks.addRow(blank.toByteArray(), "Toimijat", ExcelReaderTest.cells(
                "Nimi (fi)", organization, "Kuvaus (fi)", "Yhdistyksen kuvaus.", "Puhelin", "050 000 0131",
                "Sektori", "Järjestö tai seurakunta")), "Palvelut", ExcelReaderTest.cells(
                "Toimija", organization, "Nimi (fi)", name, "Kuvaus (fi)", "Kuvaus.", "Kuvaus (sv)", "Beskrivning.",
                "Tiivistelmä (fi)", "Tiivistelmä.", "Verkkosivu", "https://tyhjennys.example", "Puhelin", "050 000 0132",
                "Sähköposti", "palvelu@tyhjennys.example", "Kunta 1", "Kalajoki", "Palvelukieli 1", "suomi",
                "Tila", "Julkaistu"));
        java.util.UUID id = intake.apply(intake.read(ImportFormat.EXCEL, "tiedot.xlsx", full)).rows().stream()
                .filter(row -> name.equals(row.name())).findFirst().orElseThrow().id();

        byte[] dashes = Workbooks.addRow(Workbooks.addRow(blank.toByteArray(), "Toimijat", ExcelReaderTest.cells(
                "Nimi (fi)", organization, "Puhelin", "-", "Sektori", "Järjestö tai seurakunta")), "Palvelut",
                ExcelReaderTest.cells("Toimija", organization, "Nimi (fi)", name, "Kuvaus (sv)", "–",
                        "Verkkosivu", "-", "Puhelin", " - ", "Kunta 1", "-", "Tila", "Julkaistu"));
        ImportReport applied = intake.apply(intake.read(ImportFormat.EXCEL, "tiedot.xlsx", dashes));

        assertThat(applied.applied()).as(applied.render(Language.FI.locale())).isTrue();
        assertThat(jdbc.queryForMap("select description_fi, description_sv, summary_fi from offering where id = ?", id))
                .containsEntry("description_fi", "Kuvaus.").containsEntry("description_sv", null)
                .containsEntry("summary_fi", "Tiivistelmä.");
        assertThat(jdbc.queryForList("select type from service_channel where offering_id = ? order by position",
                String.class, id)).containsExactly("EMAIL");
        assertThat(jdbc.queryForObject("select count(*) from offering_municipality where offering_id = ?",
                Integer.class, id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from offering_language where offering_id = ?",
                Integer.class, id)).isEqualTo(1);
        assertThat(jdbc.queryForMap("select description_fi, phone from actor where name_fi = ?", organization))
                .containsEntry("description_fi", "Yhdistyksen kuvaus.").containsEntry("phone", null);

        byte[] dashInName = Workbooks.addRow(blank.toByteArray(), "Palvelut", ExcelReaderTest.cells(
                "Toimija", organization, "Nimi (fi)", name, "Tiivistelmä (fi)", "-", "Tila", "Julkaistu"));
        IncomingImport refused = intake.read(ImportFormat.EXCEL, "tiedot.xlsx", dashInName);
        assertThat(refused.refusals()).hasSize(1).first().asString()
                .contains("Palvelut, F2", "Tiivistelmä (fi)", "A dash (-) empties a stored value only in");
        assertThat(jdbc.queryForObject("select summary_fi from offering where id = ?", String.class, id))
                .isEqualTo("Tiivistelmä.");
    }

    private static byte[] workbook(byte[] template, String unique, String description) throws Exception {
        return Workbooks.addRow(Workbooks.addRow(template, "Toimijat", ExcelReaderTest.cells(
                        "Nimi (fi)", "Päivitettävä yhdistys " + unique, "Kuvaus (fi)", "Yhdistys.", "Sektori",
                        "Järjestö tai seurakunta")), "Palvelut", ExcelReaderTest.cells(
                "Toimija", "Päivitettävä yhdistys " + unique, "Nimi (fi)", "Päivitettävä palvelu " + unique,
                "Kuvaus (fi)", description, "Tila", "Julkaistu"));
    }
}
