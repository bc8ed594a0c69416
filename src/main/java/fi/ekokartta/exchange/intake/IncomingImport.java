package fi.ekokartta.exchange.intake;

import fi.ekokartta.exchange.imports.ImportProblem;
import fi.ekokartta.exchange.imports.ImportSource;

import java.util.List;

/**
 * An uploaded file read into HSDS documents: the source the import pipeline plans, the problems
 * that refuse it before planning (an unreadable workbook, a wrong row in the template, a broken
 * data package) and notes of what the format's reader left out (a PTV field without a place, a
 * file in the package that is no HSDS table).
 */
public record IncomingImport(String fileName, ImportFormat format, ImportSource source, List<ImportProblem> refusals,
                             List<ImportProblem> notes) {

    public IncomingImport {
        refusals = List.copyOf(refusals);
        notes = List.copyOf(notes);
    }

    public boolean refused() {
        return !refusals.isEmpty();
    }
}
