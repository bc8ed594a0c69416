package fi.ekokartta.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Lower case without diacritics, as the analyzers see words: "Työkokeilu" and "tyokokeilu" are one word. */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private Folding() {
    }

    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.chars().allMatch(c -> c < 128) ? lower
                : MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }
}
