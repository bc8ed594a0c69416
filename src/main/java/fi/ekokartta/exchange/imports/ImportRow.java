package fi.ekokartta.exchange.imports;

import java.util.List;
import java.util.UUID;

/**
 * One object of an import and what happens to it: where it is (file, entry), its kind, id and
 * name, the outcome, the reasons (problems of a rejected object, or why it is not stored alone)
 * and every field path dropped because our model has no place for it.
 */
public record ImportRow(String file, String entry, String kind, UUID id, String name, ImportOutcome outcome,
                        List<ImportProblem> reasons, List<String> dropped) {

    public ImportRow {
        reasons = List.copyOf(reasons);
        dropped = List.copyOf(dropped);
    }

    ImportRow with(ImportOutcome newOutcome, List<ImportProblem> newReasons) {
        return new ImportRow(file, entry, kind, id, name, newOutcome, newReasons, dropped);
    }
}
