package fi.ekokartta.exchange.imports;

import java.util.List;

/** What the read step found: the objects, one row per object, and the problems. */
record ImportRead(ImportGraph graph, List<ImportRow> rows, ImportProblems problems) {

    boolean rejected() {
        return !problems.problems().isEmpty();
    }
}
