package fi.ekokartta.search;

import java.text.Normalizer;
import java.util.Locale;

/** Lower case without diacritics, as the analyzers see words: "Työkokeilu" and "tyokokeilu" are one word. */
final class Folding {

    private Folding() {
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "");
    }
}
