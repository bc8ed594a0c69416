package fi.ekokartta.exchange.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * What reading an import found: problems reject it; warnings (something left out, such as a
 * reference to a parent outside the import) are reported and the import goes on.
 */
public record ImportProblems(List<ImportProblem> problems, List<ImportProblem> warnings) {

    public ImportProblems() {
        this(new ArrayList<>(), new ArrayList<>());
    }

    /** A problem with a message of its own in the translations. */
    public void localized(String file, String entry, String field, String key, Object... args) {
        problems.add(new ImportProblem(file, entry, field, key, List.of(args)));
    }
}
