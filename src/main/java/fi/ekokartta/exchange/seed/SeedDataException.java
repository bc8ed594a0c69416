package fi.ekokartta.exchange.seed;

import java.util.List;
import java.util.stream.Collectors;

/** A seed dataset was rejected as a whole; nothing of it was stored. */
public class SeedDataException extends RuntimeException {

    private static final int LISTED = 50;

    private final transient List<SeedProblem> problems;

    public SeedDataException(List<SeedProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public SeedDataException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of(new SeedProblem("(database)", null, null, message));
    }

    public List<SeedProblem> getProblems() {
        return problems;
    }

    private static String describe(List<SeedProblem> problems) {
        String listed = problems.stream().limit(LISTED).map(p -> "  - " + p).collect(Collectors.joining("\n"));
        String more = problems.size() > LISTED ? "\n  ... and " + (problems.size() - LISTED) + " more" : "";
        return "Seed data rejected, nothing was stored (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "):\n" + listed + more;
    }
}
