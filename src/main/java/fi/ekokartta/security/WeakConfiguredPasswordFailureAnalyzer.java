package fi.ekokartta.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a weak configured password into a start-up report that says which setting to change and how. */
class WeakConfiguredPasswordFailureAnalyzer extends AbstractFailureAnalyzer<WeakConfiguredPasswordException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, WeakConfiguredPasswordException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set " + cause.variable() + " to a password of at least " + PasswordPolicy.MIN_LENGTH
                        + " characters that is not a common one (a few unrelated words will do), or leave "
                        + "it unset.", cause);
    }
}
