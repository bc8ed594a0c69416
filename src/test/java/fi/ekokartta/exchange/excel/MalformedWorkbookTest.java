package fi.ekokartta.exchange.excel;

import fi.ekokartta.AbstractIntegrationTest;
import fi.ekokartta.base.i18n.Language;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A file that cannot be read as a filled template is refused as a whole, with a reason, and gives nothing. */
class MalformedWorkbookTest extends AbstractIntegrationTest {

    @Autowired
    ExcelTemplate template;
    @Autowired
    ExcelReader reader;

    byte[] blank() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        template.write(out, Language.FI.locale(), Optional.empty());
        return out.toByteArray();
    }

    void assertRefused(byte[] file, String messageKey, Object... arguments) {
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(file)))
                .isInstanceOfSatisfying(ExcelFormatException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo(messageKey);
                    assertThat(e.getArguments()).containsExactly(arguments);
                });
    }

    @Test
    void a_text_file_and_an_empty_file_are_not_workbooks() {
        assertRefused("nimi;kuvaus\nPalvelu;Kuvaus\n".getBytes(StandardCharsets.UTF_8), "excel.error.not-xlsx");
        assertRefused(new byte[0], "excel.error.not-xlsx");
    }

    @Test
    void a_truncated_workbook_is_unreadable() throws IOException {
        byte[] whole = blank();
        assertRefused(Arrays.copyOf(whole, whole.length / 2), "excel.error.unreadable");
    }

    @Test
    void a_zip_that_is_no_workbook_is_unreadable() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertRefused(out.toByteArray(), "excel.error.unreadable");
    }

    @Test
    void a_zip_bomb_is_refused_before_it_fills_the_memory() throws IOException {
        byte[] bomb = Workbooks.edit(blank(), workbook -> {
            Sheet sheet = workbook.getSheet("Palvelut");
            String huge = "a".repeat(10_000);
            for (int r = 1; r <= 300; r++) {
                sheet.createRow(r).createCell(2).setCellValue(huge + r);
            }
        });
        assertThat(bomb.length).isLessThan(WorkbookOpener.MAX_BYTES);
        assertRefused(bomb, "excel.error.unreadable");
    }

    @Test
    void a_too_large_file_is_refused_unread() {
        byte[] large = new byte[WorkbookOpener.MAX_BYTES + 1];
        large[0] = 'P';
        large[1] = 'K';
        assertRefused(large, "excel.error.too-large", 10);
    }

    @Test
    void an_encrypted_workbook_and_an_old_xls_file_are_told_apart() throws Exception {
        byte[] plain = blank();
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("salasana");
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        try (POIFSFileSystem fileSystem = new POIFSFileSystem()) {
            try (OutputStream data = encryptor.getDataStream(fileSystem)) {
                data.write(plain);
            }
            fileSystem.writeFilesystem(encrypted);
        }
        assertRefused(encrypted.toByteArray(), "excel.error.encrypted");

        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook old = new HSSFWorkbook()) {
            old.createSheet("Palvelut");
            old.write(xls);
        }
        assertRefused(xls.toByteArray(), "excel.error.old-format");
    }

    @Test
    void too_many_sheets_or_rows_are_refused() throws IOException {
        assertRefused(Workbooks.edit(blank(), workbook -> {
            for (int i = 0; i < WorkbookOpener.MAX_SHEETS; i++) {
                workbook.createSheet("Ylimääräinen " + i);
            }
        }), "excel.error.too-many-sheets", WorkbookOpener.MAX_SHEETS);
        assertRefused(Workbooks.edit(blank(), workbook ->
                        workbook.getSheet("Palvelut").createRow(ExcelSheet.MAX_ROWS + 1).createCell(2).setCellValue("x")),
                "excel.error.too-many-rows", "Palvelut", ExcelSheet.MAX_ROWS);
    }

    @Test
    void a_formula_or_a_true_false_cell_refuses_the_workbook_naming_the_cell() throws IOException {
        assertRefused(Workbooks.edit(blank(), workbook ->
                workbook.getSheet("Palvelut").createRow(1).createCell(2).setCellFormula("CONCAT(\"a\",\"b\")")),
                "excel.error.formula", "Palvelut", "C2");
        assertRefused(Workbooks.edit(blank(), workbook ->
                workbook.getSheet("Toimijat").createRow(3).createCell(1).setCellValue(true)),
                "excel.error.wrong-type", "Toimijat", "B4");
    }

    @Test
    void a_workbook_that_is_not_the_template_is_refused() throws IOException {
        XSSFWorkbook other = new XSSFWorkbook();
        other.createSheet("Taulukko1").createRow(0).createCell(0).setCellValue("Nimi");
        assertRefused(Workbooks.bytes(other), "excel.error.not-template");
        assertRefused(Workbooks.edit(blank(), workbook -> workbook.getSheet("Palvelut").getRow(0).getCell(2)
                .setCellValue("Nimi")), "excel.error.missing-columns", "Palvelut");
    }

    @Test
    void numbers_typed_into_text_columns_are_read_as_excel_shows_them() throws IOException {
        byte[] workbook = Workbooks.edit(blank(), book -> {
            Sheet sheet = book.getSheet("Palvelut");
            var row = sheet.createRow(1);
            row.createCell(Workbooks.column(sheet, "Toimija")).setCellValue("YKN-työllisyysalue");
            row.createCell(Workbooks.column(sheet, "Nimi (fi)")).setCellValue(2026);
        });
        ExcelReadResult result = reader.read(new ByteArrayInputStream(workbook));
        assertThat(result.problems()).isEmpty();
        assertThat(ExcelReaderTest.file(result, "services.json").get(0).get("name").asString()).isEqualTo("2026");
    }
}
