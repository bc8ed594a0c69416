package fi.ekokartta.base.domain;

/**
 * Characters no input may carry: control characters other than tab and line breaks (NUL above
 * all, which PostgreSQL refuses to store in text) and halves of a character (unpaired UTF-16
 * surrogates, which cannot be written as UTF-8). One check for every form and every parameter,
 * so that they cannot disagree about what is readable text.
 */
public final class ForbiddenCharacters {

    private ForbiddenCharacters() {
    }

    public static boolean containsAny(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
