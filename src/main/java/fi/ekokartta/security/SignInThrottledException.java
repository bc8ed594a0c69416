package fi.ekokartta.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/** A sign-in refused, without checking the password, after too many failures; see {@link LoginThrottle}. */
public class SignInThrottledException extends AuthenticationException {

    public SignInThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins; try again in " + Math.max(1, retryAfter.toSeconds()) + " s");
    }
}
