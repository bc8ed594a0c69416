package fi.ekokartta.exchange.seed;

import fi.ekokartta.exchange.imports.ImportTexts;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

import java.util.Locale;

/**
 * Turns a rejected seed into a start-up report that names every problem and how to go on, in the
 * language of {@link SeedLanguage}.
 */
class SeedDataFailureAnalyzer extends AbstractFailureAnalyzer<SeedDataException> {

    private final Locale locale;

    SeedDataFailureAnalyzer(Environment environment) {
        this.locale = SeedLanguage.of(environment);
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SeedDataException cause) {
        return new FailureAnalysis(cause.describe(locale), ImportTexts.text(locale, "seed.failure.action"), cause);
    }
}
