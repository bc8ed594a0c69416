package fi.ekokartta.exchange.excel;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;

import java.util.List;
import java.util.Map;

/**
 * One data sheet of the template: a frozen, bold header row, every column formatted as text (so
 * phone numbers keep their leading zero and codes stay codes), drop-downs on the list columns
 * down to the last row the reader accepts, and the prefilled rows if any.
 */
final class DataSheetWriter {

    private final Workbook workbook;
    private final ExcelTexts texts;
    private final CellStyle textStyle;
    private final CellStyle headerStyle;

    DataSheetWriter(Workbook workbook, ExcelTexts texts) {
        this.workbook = workbook;
        this.texts = texts;
        this.textStyle = workbook.createCellStyle();
        textStyle.setDataFormat(workbook.createDataFormat().getFormat("@"));
        textStyle.setWrapText(true);
        this.headerStyle = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle.setFont(bold);
        headerStyle.setFillForegroundColor(IndexedColors.LIGHT_GREEN.getIndex());
        headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        headerStyle.setWrapText(true);
    }

    /** Rows are maps from column id ("name.fi") to the cell's text. */
    void write(ExcelSheet definition, List<Map<String, String>> rows) {
        Sheet sheet = workbook.createSheet(texts.get(definition.nameKey()));
        List<ExcelColumn> columns = definition.columns();
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            ExcelColumn column = columns.get(i);
            header.createCell(i).setCellValue(column.header(texts));
            header.getCell(i).setCellStyle(headerStyle);
            sheet.setColumnWidth(i, column.width() * 256);
            sheet.setDefaultColumnStyle(i, textStyle);
            if (column.list() != null) {
                addDropDown(sheet, i, column.list());
            }
        }
        sheet.createFreezePane(0, 1);
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int i = 0; i < columns.size(); i++) {
                String value = rows.get(r).get(columns.get(i).id());
                if (value != null && !value.isBlank()) {
                    row.createCell(i).setCellValue(value);
                    row.getCell(i).setCellStyle(textStyle);
                }
            }
        }
    }

    private void addDropDown(Sheet sheet, int column, ClosedList list) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createFormulaListConstraint(ListSheetWriter.rangeName(list)),
                new CellRangeAddressList(1, ExcelSheet.MAX_ROWS, column, column));
        validation.setErrorStyle(list.isStrict() ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.WARNING);
        validation.createErrorBox(texts.get("excel.validation.title"),
                texts.get(list.isStrict() ? "excel.validation.strict" : "excel.validation.organization"));
        validation.setShowErrorBox(true);
        validation.setEmptyCellAllowed(true);
        // XSSF inverts this flag: true shows the drop-down arrow.
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }
}
