package fi.ekokartta.exchange.excel;

import fi.ekokartta.AbstractIntegrationTest;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.i18n.Language;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The template is made from the lists in the database, in the language asked, ready for Excel. */
class ExcelTemplateTest extends AbstractIntegrationTest {

    static final UUID EMPLOYMENT_AREA = UUID.fromString("dee5f756-9cc8-5f5d-b89f-df5b99d38e34");

    @Autowired
    ExcelTemplate template;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    byte[] write(Language language, Optional<UUID> organization) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        template.write(out, language.locale(), organization);
        return out.toByteArray();
    }

    @Test
    void the_template_has_instructions_organizations_services_and_hidden_lists_in_the_asked_language() throws IOException {
        try (XSSFWorkbook fi = Workbooks.open(write(Language.FI, Optional.empty()));
             XSSFWorkbook sv = Workbooks.open(write(Language.SV, Optional.empty()));
             XSSFWorkbook en = Workbooks.open(write(Language.EN, Optional.empty()))) {
            assertThat(sheetNames(fi)).containsExactly("Ohjeet", "Toimijat", "Palvelut", "Luettelot");
            assertThat(sheetNames(sv)).containsExactly("Anvisningar", "Aktörer", "Tjänster", "Listor");
            assertThat(sheetNames(en)).containsExactly("Instructions", "Organizations", "Services", "Lists");
            assertThat(fi.isSheetHidden(3)).isTrue();
            assertThat(fi.isSheetHidden(2)).isFalse();
            assertThat(headers(fi.getSheet("Palvelut"))).startsWith("Tunniste (älä muuta)", "Toimija", "Nimi (fi)",
                    "Nimi (sv)", "Nimi (en)").contains("Kunta 1", "Kunta 8", "Kohderyhmä 1", "Palveluluokka 4",
                    "Asiasanat (sv)", "Sähköposti", "Puhelin", "Verkkosivu", "Tila");
            assertThat(headers(sv.getSheet("Aktörer"))).contains("Namn (fi)", "Namn (sv)", "Beskrivning (en)", "FO-nummer",
                    "Sektor", "Kommun 1");
            assertThat(headers(en.getSheet("Services"))).contains("Name (fi)", "Target group 1", "Service class 1",
                    "Keywords (en)", "Status");
            assertThat(fi.getSheet("Ohjeet").getRow(0).getCell(0).getStringCellValue()).contains("Ekokartta");
            assertThat(sv.getSheet("Anvisningar").getRow(2).getCell(0).getStringCellValue()).contains("Aktörer", "Tjänster");
        }
    }

    @Test
    void data_sheets_have_a_frozen_header_row_wide_columns_and_text_cells() throws IOException {
        try (XSSFWorkbook workbook = Workbooks.open(write(Language.FI, Optional.empty()))) {
            Sheet services = workbook.getSheet("Palvelut");
            assertThat(services.getPaneInformation().isFreezePane()).isTrue();
            assertThat(services.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            int description = Workbooks.column(services, "Kuvaus (fi)");
            assertThat(services.getColumnWidth(description)).isEqualTo(ExcelColumn.WIDE * 256);
            assertThat(services.getColumnStyle(Workbooks.column(services, "Puhelin")).getDataFormatString()).isEqualTo("@");
        }
    }

    @Test
    void list_columns_have_drop_downs_of_the_lists_in_the_database() throws IOException {
        try (XSSFWorkbook workbook = Workbooks.open(write(Language.FI, Optional.empty()))) {
            Sheet services = workbook.getSheet("Palvelut");
            assertThat(dropDown(services, "Kunta 3")).isEqualTo("list_MUNICIPALITY");
            assertThat(dropDown(services, "Palvelukieli 1")).isEqualTo("list_LANGUAGE");
            assertThat(dropDown(services, "Kohderyhmä 2")).isEqualTo("list_TARGET_GROUP");
            assertThat(dropDown(services, "Palveluluokka 1")).isEqualTo("list_SERVICE_CLASS");
            assertThat(dropDown(services, "Toimija")).isEqualTo("list_ORGANIZATION");
            assertThat(dropDown(services, "Tila")).isEqualTo("list_SERVICE_STATUS");
            assertThat(dropDown(workbook.getSheet("Toimijat"), "Sektori")).isEqualTo("list_SECTOR");
            assertThat(validation(services, "Kunta 1").getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
            assertThat(validation(services, "Toimija").getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);

            assertThat(listValues(workbook, "list_MUNICIPALITY")).hasSize(count("select count(*) from municipality"))
                    .contains("Kalajoki", "Nivala");
            assertThat(listValues(workbook, "list_TARGET_GROUP")).hasSize(count("select count(*) from target_group"))
                    .containsAll(jdbc.queryForList("select name_fi from target_group", String.class));
            assertThat(listValues(workbook, "list_SERVICE_CLASS"))
                    .hasSize(count("select count(*) from taxonomy_term where taxonomy = 'ekokartta-palveluluokitus'"))
                    .contains("1.1 Työnhaku ja työnvälitys", "3.1 Kotoutumiskoulutus");
            assertThat(listValues(workbook, "list_ORGANIZATION")).contains("YKN-työllisyysalue", "Ylivieskan kaupunki");
            assertThat(listValues(workbook, "list_SERVICE_STATUS")).containsExactly("Julkaistu", "Luonnos", "Arkistoitu");
            assertThat(listValues(workbook, "list_LANGUAGE")).contains("suomi", "ruotsi", "arabia");
        }
    }

    @Test
    void a_new_term_in_the_database_is_offered_in_the_next_template() throws IOException {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into target_group (version, id, code, name_fi, name_sv, name_en) values (0, ?, ?, ?, ?, ?)",
                id, "excel-testiryhma", "Excel-testiryhmä", "Excel-testgrupp", "Excel test group");
        try (XSSFWorkbook sv = Workbooks.open(write(Language.SV, Optional.empty()))) {
            assertThat(listValues(sv, "list_TARGET_GROUP")).contains("Excel-testgrupp");
        } finally {
            jdbc.update("delete from target_group where id = ?", id);
        }
    }

    @Test
    void a_coordinator_gets_an_organizations_entries_prefilled() throws IOException {
        signIn("koordinaattori", "COORDINATOR");
        try (XSSFWorkbook workbook = Workbooks.open(write(Language.FI, Optional.of(EMPLOYMENT_AREA)))) {
            Sheet organizations = workbook.getSheet("Toimijat");
            assertThat(organizations.getRow(1).getCell(0).getStringCellValue()).isEqualTo(EMPLOYMENT_AREA.toString());
            assertThat(organizations.getRow(1).getCell(Workbooks.column(organizations, "Nimi (fi)")).getStringCellValue())
                    .isEqualTo("YKN-työllisyysalue");
            Sheet services = workbook.getSheet("Palvelut");
            List<String> names = new ArrayList<>();
            for (int r = 1; r <= services.getLastRowNum(); r++) {
                names.add(services.getRow(r).getCell(Workbooks.column(services, "Nimi (fi)")).getStringCellValue());
                assertThat(services.getRow(r).getCell(Workbooks.column(services, "Toimija")).getStringCellValue())
                        .isEqualTo("YKN-työllisyysalue");
            }
            assertThat(names).contains("Kotoutumiskoulutus").hasSize(count(
                    "select count(*) from offering where provider_id = '" + EMPLOYMENT_AREA + "' and status <> 'ARCHIVED'"));
        }
    }

    @Test
    void nobody_gets_another_organizations_entries() {
        assertThatThrownBy(() -> write(Language.FI, Optional.of(EMPLOYMENT_AREA)))
                .isInstanceOf(RejectedInputException.class).hasMessage("excel.error.prefill-not-allowed");
        signIn("ohjaaja", "COUNSELLOR");
        assertThatThrownBy(() -> write(Language.FI, Optional.of(EMPLOYMENT_AREA)))
                .isInstanceOf(RejectedInputException.class).hasMessage("excel.error.prefill-not-allowed");
    }

    @Test
    void an_unknown_organization_cannot_be_prefilled() {
        signIn("koordinaattori", "COORDINATOR");
        assertThatThrownBy(() -> write(Language.FI, Optional.of(UUID.randomUUID())))
                .isInstanceOf(RejectedInputException.class).hasMessage("excel.error.unknown-organization");
    }

    static void signIn(String username, String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static List<String> headers(Sheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
        return headers;
    }

    private static DataValidation validation(Sheet sheet, String header) {
        int column = Workbooks.column(sheet, header);
        return sheet.getDataValidations().stream()
                .filter(validation -> validation.getRegions().getCellRangeAddresses()[0].getFirstColumn() == column)
                .findFirst().orElseThrow();
    }

    private static String dropDown(Sheet sheet, String header) {
        DataValidation validation = validation(sheet, header);
        assertThat(validation.getRegions().getCellRangeAddresses()[0].getLastRow()).isEqualTo(ExcelSheet.MAX_ROWS);
        return validation.getValidationConstraint().getFormula1();
    }

    private static List<String> listValues(XSSFWorkbook workbook, String rangeName) {
        Name name = workbook.getName(rangeName);
        AreaReference area = new AreaReference(name.getRefersToFormula(), workbook.getSpreadsheetVersion());
        Sheet sheet = workbook.getSheet(area.getFirstCell().getSheetName());
        List<String> values = new ArrayList<>();
        for (CellReference cell : area.getAllReferencedCells()) {
            Row row = sheet.getRow(cell.getRow());
            if (row != null && row.getCell(cell.getCol()) != null) {
                values.add(row.getCell(cell.getCol()).getStringCellValue());
            }
        }
        return values;
    }
}
