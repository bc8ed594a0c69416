package fi.ekokartta.exchange.excel;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One data sheet of a filled workbook, its columns told by their headers in any of the three
 * languages (so columns may be moved, and a Swedish template reads like a Finnish one). A
 * formula, an error value or a true/false cell where a text belongs refuses the whole workbook;
 * numbers and dates are read as Excel shows them.
 */
final class SheetTable {

    private static final DataFormatter FORMATTER = new DataFormatter();

    private final Sheet sheet;
    private final Map<String, Integer> columnIndexes = new HashMap<>();
    private final Map<String, String> headers = new HashMap<>();
    private final List<ExcelProblem> headerProblems = new ArrayList<>();

    SheetTable(Sheet sheet, ExcelSheet definition, List<ExcelTexts> languages) {
        this.sheet = sheet;
        if (sheet.getLastRowNum() > ExcelSheet.MAX_ROWS) {
            throw new ExcelFormatException("excel.error.too-many-rows", sheet.getSheetName(), ExcelSheet.MAX_ROWS);
        }
        Map<String, ExcelColumn> byHeader = new HashMap<>();
        for (ExcelTexts texts : languages) {
            definition.columns().forEach(column -> byHeader.putIfAbsent(ExcelLists.normalized(column.header(texts)), column));
        }
        Row header = sheet.getRow(0);
        for (int i = 0; header != null && i < header.getLastCellNum(); i++) {
            String text = text(header.getCell(i));
            if (text == null) {
                continue;
            }
            ExcelColumn column = byHeader.get(ExcelLists.normalized(text));
            if (column == null || columnIndexes.containsKey(column.id())) {
                headerProblems.add(new ExcelProblem(sheet.getSheetName(), 1, CellReference.convertNumToColString(i), text,
                        column == null ? "excel.problem.unknown-column" : "excel.problem.duplicate-column", List.of(text)));
            } else {
                columnIndexes.put(column.id(), i);
                headers.put(column.id(), text);
            }
        }
    }

    String name() {
        return sheet.getSheetName();
    }

    boolean hasColumn(String id) {
        return columnIndexes.containsKey(id);
    }

    List<ExcelProblem> headerProblems() {
        return headerProblems;
    }

    String header(String id) {
        return headers.getOrDefault(id, id);
    }

    String columnLetter(String id) {
        Integer index = columnIndexes.get(id);
        return index == null ? "" : CellReference.convertNumToColString(index);
    }

    /** The data rows that hold anything in a known column, as column id to text; the row number as Excel shows it. */
    Map<Integer, Map<String, String>> rows() {
        Map<Integer, Map<String, String>> rows = new LinkedHashMap<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, String> values = new HashMap<>();
            columnIndexes.forEach((id, index) -> {
                String text = text(row.getCell(index));
                if (text != null) {
                    values.put(id, text);
                }
            });
            if (!values.isEmpty()) {
                rows.put(r + 1, values);
            }
        }
        return rows;
    }

    private String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            throw new ExcelFormatException("excel.error.formula", sheet.getSheetName(), reference(cell));
        }
        if (type == CellType.ERROR || type == CellType.BOOLEAN) {
            throw new ExcelFormatException("excel.error.wrong-type", sheet.getSheetName(), reference(cell));
        }
        String text = type == CellType.STRING ? cell.getStringCellValue() : FORMATTER.formatCellValue(cell);
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String reference(Cell cell) {
        return new CellReference(cell).formatAsString(false);
    }
}
