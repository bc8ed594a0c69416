package fi.ekokartta.base.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A text in Finnish (required where the text is), Swedish and English. Readers get their own
 * language and fall back to Finnish. Where the search indexes it (mapped in the search package),
 * each language is analysed by its own analyzer. Hibernate loads an embedded value whose columns are
 * all null as null, so entity getters hand out an empty text instead.
 */
@Embeddable
public class LocalizedText {

    public static final int MAX_LENGTH = 10000;

    @Column(length = MAX_LENGTH)
    private String fi;
    @Column(length = MAX_LENGTH)
    private String sv;
    @Column(length = MAX_LENGTH)
    private String en;

    public LocalizedText() {
    }

    public LocalizedText(String fi, String sv, String en) {
        this.fi = fi;
        this.sv = sv;
        this.en = en;
    }

    public static LocalizedText of(String fi) {
        return new LocalizedText(fi, null, null);
    }

    /** The text in the given language only, if there is one. */
    public Optional<String> in(String language) {
        String value = switch (language) {
            case "sv" -> sv;
            case "en" -> en;
            default -> fi;
        };
        return Optional.ofNullable(value).filter(text -> !text.isBlank());
    }

    /** The text in the reader's language, or Finnish when it has not been translated. */
    public String get(Locale locale) {
        return in(locale.getLanguage()).orElse(fi);
    }

    public boolean hasTranslation(Locale locale) {
        return in(locale.getLanguage()).isPresent();
    }

    public void set(String language, String value) {
        switch (language) {
            case "sv" -> sv = value;
            case "en" -> en = value;
            default -> fi = value;
        }
    }

    public boolean isEmpty() {
        return in("fi").isEmpty() && in("sv").isEmpty() && in("en").isEmpty();
    }

    public String getFi() {
        return fi;
    }

    public String getSv() {
        return sv;
    }

    public String getEn() {
        return en;
    }

    /** Texts are equal when each language is, a blank text counting as none. */
    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText text && in("fi").equals(text.in("fi")) && in("sv").equals(text.in("sv"))
                && in("en").equals(text.in("en"));
    }

    @Override
    public int hashCode() {
        return Objects.hash(in("fi"), in("sv"), in("en"));
    }

    @Override
    public String toString() {
        return fi;
    }
}
