package fi.ekokartta.exchange.seed;

import fi.ekokartta.exchange.imports.ImportProblem;

import java.util.List;
import java.util.stream.Collectors;

/** A seed dataset was rejected as a whole; nothing of it was stored. */
public class SeedDataException extends RuntimeException {

    private static final int LISTED = 50;

    private final transient List<ImportProblem> problems;

    public SeedDataException(List<ImportProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public SeedDataException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of(new ImportProblem("(database)", null, null, message));
    }

    public List<ImportProblem> getProblems() {
        return problems;
    }

    private static String describe(List<ImportProblem> problems) {
        String listed = problems.stream().limit(LISTED).map(p -> "  - " + p).collect(Collectors.joining("\n"));
        String more = problems.size() > LISTED ? "\n  ... and " + (problems.size() - LISTED) + " more" : "";
        return "Seed data rejected, nothing was stored (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "):\n" + listed + more;
    }
}
