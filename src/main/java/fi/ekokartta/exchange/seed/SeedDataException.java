package fi.ekokartta.exchange.seed;

import fi.ekokartta.exchange.imports.ImportProblem;
import fi.ekokartta.exchange.imports.ImportTexts;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A seed dataset was rejected as a whole; nothing of it was stored. The message is in English for
 * the logs of developers; {@link #describe(Locale)} is what a person starting the application reads.
 */
public class SeedDataException extends RuntimeException {

    private static final int LISTED = 50;

    private final transient List<ImportProblem> problems;

    public SeedDataException(List<ImportProblem> problems) {
        super(describe(problems, Locale.ENGLISH));
        this.problems = List.copyOf(problems);
    }

    /** Storing a checked dataset failed, e.g. on a database constraint, and was rolled back. */
    SeedDataException(ImportProblem problem, Throwable cause) {
        super(describe(List.of(problem), Locale.ENGLISH), cause);
        this.problems = List.of(problem);
    }

    public List<ImportProblem> getProblems() {
        return problems;
    }

    /** Every problem (the first 50 of them) with its file, entry and field, in the given language. */
    public String describe(Locale locale) {
        return describe(problems, locale);
    }

    private static String describe(List<ImportProblem> problems, Locale locale) {
        String listed = problems.stream().limit(LISTED).map(p -> "  - " + p.describe(locale))
                .collect(Collectors.joining("\n"));
        String more = problems.size() > LISTED
                ? "\n  " + ImportTexts.text(locale, "seed.rejected.more", problems.size() - LISTED) : "";
        return ImportTexts.text(locale, "seed.rejected", problems.size()) + "\n" + listed + more;
    }
}
