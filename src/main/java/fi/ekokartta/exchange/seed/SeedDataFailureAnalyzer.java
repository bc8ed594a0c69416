package fi.ekokartta.exchange.seed;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a rejected seed into a start-up report that names every problem and how to go on. */
class SeedDataFailureAnalyzer extends AbstractFailureAnalyzer<SeedDataException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SeedDataException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix the entries listed above (see seed-data/README.md for the format), or start without a seed "
                        + "with EKOKARTTA_SEED_DATA=none.", cause);
    }
}
