package fi.ekokartta.search.learning;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What of a search text may be kept in the gap log. The text is normalized (lower case, one space
 * between words, punctuation at its edges stripped), and a text that could carry personal data is
 * not kept at all: one longer than {@value #MAX_CHARACTERS} characters or {@value #MAX_WORDS}
 * words (free text, a description of a client's situation), one with an '@' (an e-mail address),
 * {@value #MAX_DIGITS} or more digits in all (a phone number, however it is spaced) or anything
 * shaped like a Finnish personal identity code.
 */
public final class GapQuery {

    public static final int MAX_CHARACTERS = 60;
    public static final int MAX_WORDS = 6;
    static final int MAX_DIGITS = 5;

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGES = Pattern.compile("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s]+$");
    private static final Pattern IDENTITY_CODE = Pattern.compile("\\d{6}\\s*[-+a-fu-y]\\s*\\d{3}[0-9a-y]?",
            Pattern.CASE_INSENSITIVE);

    private GapQuery() {
    }

    /** Lower case, one space between words, no punctuation at the edges; "" for null. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        return EDGES.matcher(SPACES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip()).replaceAll("");
    }

    /** The text as it may be logged, or empty when it is blank or may not be kept. */
    public static Optional<String> loggable(String text) {
        if (text == null || text.length() > 4 * MAX_CHARACTERS) {
            return Optional.empty();
        }
        String normalized = normalize(text);
        if (normalized.isEmpty() || normalized.length() > MAX_CHARACTERS || normalized.split(" ").length > MAX_WORDS
                || normalized.indexOf('@') >= 0 || digits(normalized) >= MAX_DIGITS
                || IDENTITY_CODE.matcher(normalized).find()) {
            return Optional.empty();
        }
        return Optional.of(normalized);
    }

    private static long digits(String text) {
        return text.chars().filter(Character::isDigit).count();
    }
}
