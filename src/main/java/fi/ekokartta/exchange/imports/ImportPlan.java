package fi.ekokartta.exchange.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A read and checked import with the outcome of every object it would store: the graph to
 * store, and the rows of the report.
 */
public final class ImportPlan {

    private final ImportRead read;
    private final Map<UUID, ImportOutcome> outcomes;

    ImportPlan(ImportRead read, Map<UUID, ImportOutcome> outcomes) {
        this.read = read;
        this.outcomes = outcomes;
    }

    public ImportGraph graph() {
        return read.graph();
    }

    public boolean rejected() {
        return read.rejected();
    }

    /** Problems that reject the import, with file, entry and field. */
    public List<ImportProblem> problems() {
        return read.problems().problems();
    }

    public List<ImportProblem> warnings() {
        return read.problems().warnings();
    }

    Map<UUID, ImportOutcome> outcomes() {
        return outcomes;
    }

    /** The rows of this plan, without the duplicates check (which needs the stored objects). */
    public ImportReport report() {
        return report(List.of(), false);
    }

    ImportReport report(List<PossibleDuplicate> duplicates, boolean applied) {
        List<ImportRow> rows = new ArrayList<>();
        for (ImportRow row : read.rows()) {
            if (row.outcome() != null) {
                rows.add(row);
            } else if (row.id() != null && outcomes.containsKey(row.id())) {
                rows.add(row.with(outcomes.get(row.id()), List.of()));
            } else {
                rows.add(row.with(ImportOutcome.NOT_STORED, List.of()));
            }
        }
        return new ImportReport(rows, read.problems().warnings(), duplicates, applied);
    }
}
