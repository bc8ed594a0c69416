package fi.ekokartta.exchange.excel;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Consumer;

/** Filling a template the way an actor does in Excel: by the visible headers of a sheet. */
final class Workbooks {

    private Workbooks() {
    }

    static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(XSSFWorkbook workbook) {
        try (workbook) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] edit(byte[] template, Consumer<XSSFWorkbook> change) {
        XSSFWorkbook workbook = open(template);
        change.accept(workbook);
        return bytes(workbook);
    }

    /** Adds a row after the last one of the sheet, cells given by their header text. */
    static byte[] addRow(byte[] template, String sheetName, Map<String, String> cellsByHeader) {
        return edit(template, workbook -> {
            Sheet sheet = workbook.getSheet(sheetName);
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            cellsByHeader.forEach((header, value) -> row.createCell(column(sheet, header)).setCellValue(value));
        });
    }

    static int column(Sheet sheet, String header) {
        for (Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new IllegalArgumentException("no column '" + header + "' on " + sheet.getSheetName());
    }
}
