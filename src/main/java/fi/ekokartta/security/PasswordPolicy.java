package fi.ekokartta.security;

import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters, not one of the commonly used
 * passwords found in leaks (the first guesses of anyone trying accounts), and not the username.
 * No rules on character classes: length and not being guessable matter, and rules only push
 * people to {@code Salasana1!}. Applies to every password: set by a user, or configured for the
 * first administrator and the demo accounts.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

    private static final String COMMON_PASSWORDS = "/security/common-passwords.txt";

    /** Why a password is refused; {@link #messageKey()} names its text in the UI bundles. */
    public enum Problem {
        TOO_SHORT, COMMON, SAME_AS_USERNAME;

        public String messageKey() {
            return "password-policy." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = loadCommonPasswords();
    }

    /** The first rule the password breaks, or empty when it may be used. */
    public Optional<Problem> check(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        String folded = password.toLowerCase(Locale.ROOT);
        if (common.contains(folded)) {
            return Optional.of(Problem.COMMON);
        }
        if (username != null && folded.equals(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of(Problem.SAME_AS_USERNAME);
        }
        return Optional.empty();
    }

    int commonPasswordCount() {
        return common.size();
    }

    private static Set<String> loadCommonPasswords() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords " + COMMON_PASSWORDS + " is missing");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty())
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
