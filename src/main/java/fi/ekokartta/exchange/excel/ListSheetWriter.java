package fi.ekokartta.exchange.excel;

import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

import java.util.List;

/**
 * The hidden sheet the drop-downs take their choices from: one column per closed list, labels in
 * the template's language, each column a named range ("list_MUNICIPALITY") the validations refer to.
 */
final class ListSheetWriter {

    private ListSheetWriter() {
    }

    static String rangeName(ClosedList list) {
        return "list_" + list.name();
    }

    static void write(Workbook workbook, ExcelLists lists, ExcelTexts texts) {
        String sheetName = texts.get("excel.sheet.lists");
        Sheet sheet = workbook.createSheet(sheetName);
        Row header = sheet.createRow(0);
        for (ClosedList list : ClosedList.values()) {
            int column = list.ordinal();
            header.createCell(column).setCellValue(list.name());
            List<ListEntry> entries = lists.entries(list);
            for (int i = 0; i < entries.size(); i++) {
                Row row = sheet.getRow(i + 1) == null ? sheet.createRow(i + 1) : sheet.getRow(i + 1);
                row.createCell(column).setCellValue(entries.get(i).label(texts.language()));
            }
            String letter = CellReference.convertNumToColString(column);
            Name name = workbook.createName();
            name.setNameName(rangeName(list));
            name.setRefersToFormula("'" + sheetName.replace("'", "''") + "'!$" + letter + "$2:$" + letter + "$"
                    + (Math.max(entries.size(), 1) + 1));
        }
        workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
    }
}
