package fi.ekokartta.exchange.excel;

import fi.ekokartta.AbstractIntegrationTest;
import fi.ekokartta.base.i18n.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import static fi.ekokartta.exchange.excel.ExcelReaderTest.cells;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Each thing wrong in a row is named by sheet, row, column and a translated reason, and the row is left out. */
class ExcelProblemsTest extends AbstractIntegrationTest {

    @Autowired
    ExcelTemplate template;
    @Autowired
    ExcelReader reader;

    byte[] blank() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        template.write(out, Language.FI.locale(), Optional.empty());
        return out.toByteArray();
    }

    ExcelReadResult read(byte[] workbook) {
        return reader.read(new ByteArrayInputStream(workbook));
    }

    byte[] withService(String... headersAndValues) throws IOException {
        return Workbooks.addRow(blank(), "Palvelut", cells(headersAndValues));
    }

    @Test
    void a_value_not_in_a_drop_down_list_is_named_with_its_cell() throws IOException {
        ExcelReadResult result = read(withService("Toimija", "YKN-työllisyysalue", "Nimi (fi)", "Palvelu",
                "Kunta 2", "Atlantis", "Kohderyhmä 1", "Marsilaiset", "Tila", "Valmis"));

        assertThat(result.problems()).extracting(ExcelProblem::sheet, ExcelProblem::row, ExcelProblem::header,
                        ExcelProblem::messageKey, ExcelProblem::arguments)
                .containsExactlyInAnyOrder(
                        tuple("Palvelut", 2, "Kunta 2", "excel.problem.unknown-value", List.of("Atlantis")),
                        tuple("Palvelut", 2, "Kohderyhmä 1", "excel.problem.unknown-value", List.of("Marsilaiset")),
                        tuple("Palvelut", 2, "Tila", "excel.problem.unknown-value", List.of("Valmis")));
        assertThat(result.problems().getFirst().column()).matches("[A-Z]{1,2}");
        assertThat(result.files()).isEmpty();
    }

    @Test
    void an_unknown_organization_is_a_problem() throws IOException {
        ExcelReadResult result = read(withService("Toimija", "Olematon Oy", "Nimi (fi)", "Palvelu"));
        assertThat(result.problems()).extracting(ExcelProblem::header, ExcelProblem::messageKey)
                .containsExactly(tuple("Toimija", "excel.problem.unknown-value"));
    }

    @Test
    void a_service_of_a_new_organization_whose_row_is_refused_is_refused_too() throws IOException {
        byte[] workbook = Workbooks.addRow(blank(), "Toimijat", cells("Nimi (fi)", "Uusi yhdistys", "Sähköposti", "ei-osoite"));
        workbook = Workbooks.addRow(workbook, "Palvelut", cells("Toimija", "Uusi yhdistys", "Nimi (fi)", "Palvelu"));
        ExcelReadResult result = read(workbook);
        assertThat(result.problems()).extracting(ExcelProblem::sheet, ExcelProblem::header, ExcelProblem::messageKey)
                .containsExactly(tuple("Toimijat", "Sähköposti", "input.error.email-invalid"),
                        tuple("Palvelut", "Toimija", "excel.problem.organization-refused"));
        assertThat(result.files()).isEmpty();
    }

    @Test
    void bad_email_phone_and_web_address_are_refused_by_the_editors_rules() throws IOException {
        ExcelReadResult result = read(withService("Toimija", "YKN-työllisyysalue", "Nimi (fi)", "Palvelu",
                "Sähköposti", "ei-osoite", "Puhelin", "123", "Verkkosivu", "ftp://palvelu.example"));
        assertThat(result.problems()).extracting(ExcelProblem::header, ExcelProblem::messageKey)
                .containsExactlyInAnyOrder(tuple("Sähköposti", "input.error.email-invalid"),
                        tuple("Puhelin", "input.error.phone-invalid"), tuple("Verkkosivu", "input.error.url-invalid"));
        assertThat(result.files()).isEmpty();
    }

    @Test
    void a_row_without_a_finnish_name_is_refused() throws IOException {
        ExcelReadResult result = read(withService("Toimija", "YKN-työllisyysalue", "Nimi (sv)", "Tjänst"));
        assertThat(result.problems()).extracting(ExcelProblem::row, ExcelProblem::header, ExcelProblem::messageKey)
                .containsExactly(tuple(2, "Nimi (fi)", "input.error.required"));
    }

    @Test
    void two_rows_with_one_id_are_refused_from_the_second_and_good_rows_stay() throws IOException {
        String id = "0b1c2d3e-0000-4000-8000-000000000001";
        byte[] workbook = Workbooks.addRow(withService("Tunniste (älä muuta)", id, "Toimija", "YKN-työllisyysalue",
                "Nimi (fi)", "Ensimmäinen"), "Palvelut", cells("Tunniste (älä muuta)", id, "Toimija", "YKN-työllisyysalue",
                "Nimi (fi)", "Toinen"));
        workbook = Workbooks.addRow(workbook, "Palvelut", cells("Toimija", "YKN-työllisyysalue", "Nimi (fi)", "Kolmas",
                "Tunniste (älä muuta)", "ei-tunniste"));
        ExcelReadResult result = read(workbook);

        assertThat(result.problems()).extracting(ExcelProblem::row, ExcelProblem::messageKey, ExcelProblem::arguments)
                .containsExactly(tuple(3, "excel.problem.duplicate-id", List.of(id, "2")),
                        tuple(4, "excel.problem.invalid-id", List.of("ei-tunniste")));
        assertThat(ExcelReaderTest.file(result, "services.json")).hasSize(1);
        assertThat(ExcelReaderTest.file(result, "services.json").get(0).get("name").asString()).isEqualTo("Ensimmäinen");
    }

    @Test
    void the_same_new_service_twice_is_a_duplicate() throws IOException {
        byte[] workbook = Workbooks.addRow(withService("Toimija", "YKN-työllisyysalue", "Nimi (fi)", "Sama palvelu"),
                "Palvelut", cells("Toimija", "YKN-työllisyysalue", "Nimi (fi)", "sama  palvelu"));
        assertThat(read(workbook).problems()).extracting(ExcelProblem::row, ExcelProblem::messageKey)
                .containsExactly(tuple(3, "excel.problem.duplicate-id"));
    }

    @Test
    void a_bad_business_id_and_an_unknown_column_are_named() throws IOException {
        byte[] workbook = Workbooks.addRow(blank(), "Toimijat", cells("Nimi (fi)", "Toimija", "Y-tunnus", "1234567-2"));
        workbook = Workbooks.edit(workbook, book -> book.getSheet("Toimijat").getRow(0).createCell(40).setCellValue("Muistiinpanot"));
        ExcelReadResult result = read(workbook);
        assertThat(result.problems()).extracting(ExcelProblem::row, ExcelProblem::column, ExcelProblem::messageKey)
                .containsExactly(tuple(1, "AO", "excel.problem.unknown-column"),
                        tuple(2, "H", "excel.problem.business-id"));
    }

    @Test
    void every_reason_is_translated_into_finnish_swedish_and_english() throws IOException {
        List<String> keys = List.of("excel.problem.unknown-column", "excel.problem.duplicate-column",
                "excel.problem.invalid-id", "excel.problem.unknown-value", "excel.problem.duplicate-id",
                "excel.problem.business-id", "excel.problem.own-parent", "excel.problem.organization-refused", "input.error.required",
                "input.error.email-invalid", "input.error.phone-invalid", "input.error.url-invalid",
                "input.error.too-long", "input.error.unstorable-characters");
        for (String language : List.of("fi", "sv", "en")) {
            Properties texts = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/translations_" + language + ".properties")) {
                texts.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(keys).allSatisfy(key -> assertThat(texts.getProperty(key)).as(language + " " + key).isNotBlank());
        }
    }
}
