package fi.ekokartta.exchange.seed;

import java.util.ArrayList;
import java.util.List;

/**
 * What reading a dataset found: problems reject it; warnings (something left out, such as a
 * reference to a parent outside the dataset) are logged and the dataset is loaded.
 */
record SeedReport(List<SeedProblem> problems, List<SeedProblem> warnings) {

    SeedReport() {
        this(new ArrayList<>(), new ArrayList<>());
    }

    void problem(String file, String entry, String field, String message) {
        problems.add(new SeedProblem(file, entry, field, message));
    }
}
