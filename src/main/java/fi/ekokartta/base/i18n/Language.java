package fi.ekokartta.base.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of the user interface. Finnish is the default; Swedish is the other national
 * language and English serves everyone else. The locales carry the country FI so that numbers
 * and dates follow Finnish conventions in every language.
 */
public enum Language {
    FI("fi", "Suomi"),
    SV("sv", "Svenska"),
    EN("en", "English");

    public static final Language DEFAULT = FI;
    /** The query parameter that picks the language on any address: {@code ?lang=sv}. */
    public static final String PARAMETER = "lang";

    private final String code;
    private final String nativeName;

    Language(String code, String nativeName) {
        this.code = code;
        this.nativeName = nativeName;
    }

    /** ISO 639-1 code, as used in {@code ?lang=} and in {@code <html lang>}. */
    public String code() {
        return code;
    }

    /** The language's name in the language itself, as language selectors show it. */
    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.of(code, "FI");
    }

    public static Optional<Language> fromCode(String code) {
        return Arrays.stream(values()).filter(language -> language.code.equalsIgnoreCase(code)).findFirst();
    }

    /** The language of a locale, or Finnish for any language the interface is not offered in. */
    public static Language of(Locale locale) {
        return locale == null ? DEFAULT : fromCode(locale.getLanguage()).orElse(DEFAULT);
    }
}
