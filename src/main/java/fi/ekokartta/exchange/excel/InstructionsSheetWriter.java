package fi.ekokartta.exchange.excel;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** The first sheet: what to fill and how, one paragraph a row, in the template's language. */
final class InstructionsSheetWriter {

    static final int PARAGRAPHS = 10;

    private InstructionsSheetWriter() {
    }

    static void write(Workbook workbook, ExcelTexts texts) {
        Sheet sheet = workbook.createSheet(texts.get("excel.sheet.instructions"));
        sheet.setColumnWidth(0, 110 * 256);
        CellStyle wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        CellStyle title = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        bold.setFontHeightInPoints((short) 14);
        title.setFont(bold);
        Row first = sheet.createRow(0);
        first.createCell(0).setCellValue(texts.get("excel.instructions.title"));
        first.getCell(0).setCellStyle(title);
        for (int i = 1; i <= PARAGRAPHS; i++) {
            Row row = sheet.createRow(i + 1);
            row.createCell(0).setCellValue(texts.get("excel.instructions." + i,
                    texts.get("excel.sheet.organizations"), texts.get("excel.sheet.services"), ExcelSheet.MAX_ROWS));
            row.getCell(0).setCellStyle(wrapped);
        }
    }
}
