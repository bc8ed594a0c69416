package fi.ekokartta.base.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;

/**
 * A management list as a file a coordinator opens in a spreadsheet: Excel (.xlsx, Apache POI)
 * with dates as dates, or CSV (Apache Commons CSV) as Finnish Excel reads it: UTF-8 with a byte
 * order mark, semicolons between fields. A CSV value that a spreadsheet would take for a formula
 * (=, +, -, @ first) gets an apostrophe before it, so that a text typed into the map never runs as
 * a formula on a coordinator's machine.
 */
public final class ListExport {

    /** A column: its heading in the reader's language and its value of a row (text, number or date). */
    public record Column<T>(String heading, Function<T, Object> value) {
    }

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ListExport() {
    }

    public static <T> byte[] csv(List<T> rows, List<Column<T>> columns) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
            bytes.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            printer.printRecord(columns.stream().map(Column::heading).toList());
            for (T row : rows) {
                printer.printRecord(columns.stream().map(column -> csvValue(column.value().apply(row))).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static <T> byte[] excel(List<T> rows, List<Column<T>> columns, String sheetName) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d.m.yyyy"));
            CellStyle time = workbook.createCellStyle();
            time.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d.m.yyyy h:mm:ss"));
            CellStyle heading = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            heading.setFont(bold);
            Row headings = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = headings.createCell(c);
                cell.setCellValue(columns.get(c).heading());
                cell.setCellStyle(heading);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < columns.size(); c++) {
                    write(row.createCell(c), columns.get(c).value().apply(rows.get(r)), date, time);
                }
            }
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < columns.size(); c++) {
                sheet.autoSizeColumn(c);
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Cell cell, Object value, CellStyle date, CellStyle time) {
        switch (value) {
            case null -> cell.setBlank();
            case LocalDateTime moment -> {
                cell.setCellValue(moment.truncatedTo(ChronoUnit.SECONDS));
                cell.setCellStyle(time);
            }
            case LocalDate day -> {
                cell.setCellValue(day);
                cell.setCellStyle(date);
            }
            case Number number -> cell.setCellValue(number.doubleValue());
            default -> cell.setCellValue(value.toString());
        }
    }

    private static Object csvValue(Object value) {
        if (value instanceof String text && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        if (value instanceof LocalDateTime moment) {
            return CSV_TIME.format(moment);
        }
        return value;
    }
}
