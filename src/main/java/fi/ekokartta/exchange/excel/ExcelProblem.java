package fi.ekokartta.exchange.excel;

import java.util.List;

/**
 * What is wrong with one cell of a filled workbook: the sheet's name, the row and column as Excel
 * shows them (row 2 is the first data row, column "C"), the column's header, and the translation
 * key of the reason with the values it names ({0}, {1} in the translation).
 */
public record ExcelProblem(String sheet, int row, String column, String header, String messageKey,
                           List<String> arguments) {

    public ExcelProblem {
        arguments = List.copyOf(arguments);
    }
}
