package fi.ekokartta.base.export;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ListExportTest {

    private record Entry(String name, LocalDate due, long reports) {
    }

    private static final List<ListExport.Column<Entry>> COLUMNS = List.of(
            new ListExport.Column<>("Nimi", Entry::name),
            new ListExport.Column<>("Seuraava tarkistus", Entry::due),
            new ListExport.Column<>("Ilmoituksia", Entry::reports));
    private static final List<Entry> ROWS = List.of(
            new Entry("Työkokeilu; Ylivieska", LocalDate.of(2027, 3, 31), 2),
            new Entry("=HYPERLINK(\"https://example.invalid\")", null, 0));

    @Test
    void csv_opens_in_finnish_excel_and_never_runs_a_formula() {
        byte[] csv = ListExport.csv(ROWS, COLUMNS);

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).containsExactly("Nimi;Seuraava tarkistus;Ilmoituksia",
                "\"Työkokeilu; Ylivieska\";2027-03-31;2",
                "\"'=HYPERLINK(\"\"https://example.invalid\"\")\";;0");
    }

    @Test
    void excel_has_a_heading_row_dates_as_dates_and_text_as_text() throws IOException {
        byte[] excel = ListExport.excel(ROWS, COLUMNS, "Palvelut");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel))) {
            Sheet sheet = workbook.getSheet("Palvelut");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Seuraava tarkistus");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Työkokeilu; Ylivieska");
            assertThat(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(1))).isTrue();
            assertThat(sheet.getRow(1).getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 31));
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(2.0);
            assertThat(sheet.getRow(2).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(2).getCell(1).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void moments_are_date_times_to_the_second_in_both_files() throws IOException {
        record Event(String what, LocalDateTime when) {
        }
        List<ListExport.Column<Event>> columns = List.of(new ListExport.Column<>("Tapahtuma", Event::what),
                new ListExport.Column<>("Aika", Event::when));
        List<Event> rows = List.of(new Event("Kirjautui", LocalDateTime.of(2026, 12, 3, 7, 5, 9, 123_000_000)));

        String csv = new String(ListExport.csv(rows, columns), StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).last().isEqualTo("Kirjautui;2026-12-03 07:05:09");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ListExport.excel(rows, columns, "Loki")))) {
            var cell = workbook.getSheet("Loki").getRow(1).getCell(1);
            assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
            assertThat(cell.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 12, 3, 7, 5, 9));
            assertThat(cell.getCellStyle().getDataFormatString()).contains("h:mm:ss");
        }
    }
}
