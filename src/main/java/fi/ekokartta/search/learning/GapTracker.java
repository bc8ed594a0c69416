package fi.ekokartta.search.learning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The searches of one search view, in memory only, told to the gap log when each one has ended: a
 * search ends when a different search follows (refined when within {@value #REFINE_MINUTES}
 * minutes, else not opened), when a result is opened (no gap) or when the view is left (not opened,
 * or no results). A search that only continues the text typed (more letters, or letters taken
 * back while typing) is the same search, so the pauses of typing one query count as one search;
 * a new page or filter of the same text is the same search too. Emptying the field ends a search.
 */
public class GapTracker {

    static final int REFINE_MINUTES = 2;

    private final SearchGapLog log;
    private final Clock clock;
    private Pending pending;

    /** @param loggable null when the text may not be logged: the search is tracked but never counted */
    private record Pending(String text, String loggable, boolean found, Instant at) {
    }

    GapTracker(SearchGapLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    public static GapTracker of(SearchGapLog log) {
        return new GapTracker(log, Clock.systemUTC());
    }

    /** A search was shown with this many results. */
    public void searched(String text, long total) {
        String normalized = GapQuery.normalize(text);
        Instant now = clock.instant();
        if (pending != null && !normalized.isEmpty() && continues(pending.text(), normalized)) {
            pending = new Pending(normalized, GapQuery.loggable(normalized).orElse(null), total > 0, now);
            return;
        }
        if (pending != null) {
            end(pending.found() && now.isBefore(pending.at().plus(Duration.ofMinutes(REFINE_MINUTES))) ? GapOutcome.REFINED
                    : GapOutcome.NOT_OPENED);
        }
        pending = normalized.isEmpty() ? null : new Pending(normalized, GapQuery.loggable(normalized).orElse(null), total > 0, now);
    }

    /** A result of the search shown was opened (or put on the client's list). */
    public void opened() {
        if (pending != null && pending.found()) {
            count(GapOutcome.OPENED);
            pending = null;
        }
    }

    /** The view was left without opening a result. */
    public void left() {
        if (pending != null) {
            end(GapOutcome.NOT_OPENED);
        }
    }

    private void end(GapOutcome withResults) {
        count(pending.found() ? withResults : GapOutcome.NO_RESULTS);
        pending = null;
    }

    private void count(GapOutcome outcome) {
        Optional.ofNullable(pending.loggable()).ifPresent(query -> log.count(query, outcome));
    }

    /** The same text, or one typed on from the other or taken back towards it. */
    private static boolean continues(String before, String now) {
        return before.startsWith(now) || now.startsWith(before);
    }
}
