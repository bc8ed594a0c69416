package fi.ekokartta.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documented bounds of a search text: at most {@value #MAX_CHARACTERS} characters and
 * {@value #MAX_WORDS} words, enough for a counsellor's sentence of 25 words. A word is a run of
 * letters and digits, so "TE-palvelut" counts as two: that is how the analyzers see it, and every
 * such word is a clause of the index query in each field, so these bounds keep the query's clause
 * count below Lucene's limit (see {@link ServicePredicates}). The API refuses a longer text; the
 * views search its beginning and say so.
 */
public final class SearchLimits {

    public static final int MAX_CHARACTERS = 500;
    public static final int MAX_WORDS = 32;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** A text within the bounds, and whether it had to be cut to get there. */
    public record Bounded(String text, boolean cut) {
    }

    private SearchLimits() {
    }

    public static int words(String text) {
        Matcher words = WORD.matcher(text == null ? "" : text);
        int count = 0;
        while (words.find()) {
            count++;
        }
        return count;
    }

    public static boolean exceeded(String text) {
        return text != null && (text.strip().length() > MAX_CHARACTERS || words(text) > MAX_WORDS);
    }

    /** The beginning of the text that is within the bounds: cut at the last character allowed, then after the last word allowed. */
    public static Bounded cut(String text) {
        String stripped = text == null ? "" : text.strip();
        if (!exceeded(stripped)) {
            return new Bounded(stripped, false);
        }
        String shorter = stripped.length() > MAX_CHARACTERS ? stripped.substring(0, endOfCharacters(stripped)) : stripped;
        Matcher words = WORD.matcher(shorter);
        for (int count = 0; words.find(); ) {
            if (++count == MAX_WORDS) {
                shorter = shorter.substring(0, words.end());
                break;
            }
        }
        return new Bounded(shorter.strip(), true);
    }

    /** Never splits a character outside the Basic Multilingual Plane in two. */
    private static int endOfCharacters(String text) {
        return Character.isHighSurrogate(text.charAt(MAX_CHARACTERS - 1)) ? MAX_CHARACTERS - 1 : MAX_CHARACTERS;
    }
}
