package fi.ekokartta.base.domain;

import java.util.regex.Pattern;

/**
 * The one rule of the application for what can be an e-mail address: something@domain.tld, at
 * most 255 characters, nothing that cannot be stored. Feedback forms and the editing of entries
 * use the same rule, so an address accepted in one place is never refused in another.
 */
public final class EmailAddress {

    public static final int MAX_LENGTH = 255;

    private static final Pattern FORMAT = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private EmailAddress() {
    }

    /** Whether the text, already stripped, can be an e-mail address. */
    public static boolean isValid(String email) {
        return email.length() <= MAX_LENGTH && FORMAT.matcher(email).matches() && !ForbiddenCharacters.containsAny(email);
    }
}
