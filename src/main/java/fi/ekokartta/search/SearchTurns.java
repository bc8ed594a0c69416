package fi.ekokartta.search;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Lets at most a given number of searches run at a time; the others wait their turn in arrival
 * order. Searches are CPU work: more of them at once than there are processors only makes each
 * slower and shares the CPU caches among all.
 */
final class SearchTurns {

    private final Semaphore turns;

    /** @param concurrency searches at a time; 0 or less means one per processor */
    SearchTurns(int concurrency) {
        this.turns = new Semaphore(concurrency > 0 ? concurrency : Runtime.getRuntime().availableProcessors(), true);
    }

    <T> T inTurn(Supplier<T> search) {
        turns.acquireUninterruptibly();
        try {
            return search.get();
        } finally {
            turns.release();
        }
    }
}
