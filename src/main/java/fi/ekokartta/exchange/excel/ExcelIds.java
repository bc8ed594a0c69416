package fi.ekokartta.exchange.excel;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Ids derived from what they name, in the same scheme as the read API's ids of HSDS objects
 * ("ekokartta:" and the parts): a keyword term or Ekokartta field term gets the id the API gives
 * it, and a new row of a workbook gets the same id each time the same workbook is read, so
 * reading it again (for the dry run, then the commit, or a second import) never duplicates it.
 */
final class ExcelIds {

    private ExcelIds() {
    }

    static UUID of(Object... parts) {
        String name = Arrays.stream(parts).map(String::valueOf).collect(Collectors.joining("/", "ekokartta:", ""));
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
