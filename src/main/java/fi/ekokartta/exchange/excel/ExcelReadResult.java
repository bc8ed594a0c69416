package fi.ekokartta.exchange.excel;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A filled workbook as the import reads it: HSDS JSON files by name ("organizations.json",
 * "services.sv.json", ...; UTF-8) and the problems of the rows left out of them. A row with a
 * problem is in no file, so the files never hold half a row.
 */
public record ExcelReadResult(SortedMap<String, byte[]> files, List<ExcelProblem> problems) {

    public ExcelReadResult {
        files = new TreeMap<>(files);
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
