package fi.ekokartta.exchange.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One row per object read: each top-level object of a file, and each object created from a
 * nested one (the organization of a compiled service, a term of an attribute). A row whose entry
 * has problems is rejected with them; a problem of a whole file gets a row of its own.
 */
final class ImportRows {

    /** An outcome the read step decides itself (not stored, part of another object). */
    record Decided(ImportOutcome outcome, List<ImportProblem> reasons) {
    }

    private final List<ImportRoot> roots;
    private final Map<ImportRoot, Decided> decided;
    private final ImportGraph graph;
    private final ImportProblems problems;

    ImportRows(List<ImportRoot> roots, Map<ImportRoot, Decided> decided, ImportGraph graph, ImportProblems problems) {
        this.roots = roots;
        this.decided = decided;
        this.graph = graph;
        this.problems = problems;
    }

    List<ImportRow> rows() {
        List<ImportRow> rows = new ArrayList<>();
        Set<ImportEntry> rootEntries = new HashSet<>();
        for (ImportRoot root : roots) {
            rootEntries.add(root.entry());
            Decided known = decided.get(root);
            String kind = root.language() == null ? kindName(root.kind())
                    : kindName(root.kind()) + " (" + root.language() + ")";
            boolean repeat = graph.repeats.containsKey(root.entry());
            rows.add(row(root.entry(), kind, known == null ? null : known.outcome(),
                    known == null ? List.of() : known.reasons(), repeat ? List.of() : root.entry().use().dropped()));
        }
        graph.entries.forEach((id, entry) -> {
            if (!rootEntries.contains(entry)) {
                rows.add(row(entry, kindOf(id), null, List.of(), List.of()));
            }
        });
        return rejectWithProblems(rows);
    }

    private List<ImportRow> rejectWithProblems(List<ImportRow> rows) {
        List<ImportRow> result = new ArrayList<>();
        Set<ImportProblem> placed = new HashSet<>();
        for (ImportRow row : rows) {
            List<ImportProblem> own = problems.problems().stream().filter(problem -> belongsTo(problem, row)).toList();
            placed.addAll(own);
            result.add(own.isEmpty() ? row : row.with(ImportOutcome.REJECTED, own));
        }
        for (ImportProblem problem : problems.problems()) {
            if (!placed.contains(problem)) {
                result.add(new ImportRow(problem.file(), problem.entry(), "file", null, null, ImportOutcome.REJECTED,
                        List.of(problem), List.of()));
            }
        }
        return result;
    }

    private static boolean belongsTo(ImportProblem problem, ImportRow row) {
        return problem.file().equals(row.file()) && problem.entry() != null
                && (problem.entry().equals(row.entry()) || problem.entry().startsWith(row.entry() + " > "));
    }

    private static ImportRow row(ImportEntry entry, String kind, ImportOutcome outcome, List<ImportProblem> reasons,
                                 List<String> dropped) {
        UUID id = ImportReader.quietId(entry.node()).orElse(null);
        String name = entry.node().path("name").isString() ? entry.node().get("name").asString() : null;
        return new ImportRow(entry.file(), entry.label(), kind, id, name, outcome, reasons, dropped);
    }

    private String kindOf(UUID id) {
        if (graph.offerings.containsKey(id)) {
            return kindName(HsdsKind.SERVICE);
        }
        if (graph.actors.containsKey(id)) {
            return kindName(HsdsKind.ORGANIZATION);
        }
        return kindName(HsdsKind.TAXONOMY_TERM);
    }

    static String kindName(HsdsKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
