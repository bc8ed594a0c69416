package fi.ekokartta.exchange.excel;

import fi.ekokartta.base.domain.RejectedInputException;

/**
 * A workbook that cannot be read as a filled template at all (not an .xlsx file, encrypted,
 * truncated, too large, a formula where a value belongs): nothing is produced from it. The
 * translation of the message key tells the user why, naming the sheet and cell where it can.
 */
public class ExcelFormatException extends RejectedInputException {

    public ExcelFormatException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
