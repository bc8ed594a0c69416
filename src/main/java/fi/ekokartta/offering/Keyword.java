package fi.ekokartta.offering;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** Asiasana: a search word of a service in one language. */
@Embeddable
public class Keyword {

    @Column(length = 8, nullable = false)
    private String language;
    @Column(nullable = false)
    private String word;

    protected Keyword() {
    }

    public Keyword(String language, String word) {
        this.language = language;
        this.word = word;
    }

    public String getLanguage() {
        return language;
    }

    public String getWord() {
        return word;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Keyword keyword && language.equals(keyword.language) && word.equals(keyword.word);
    }

    @Override
    public int hashCode() {
        return Objects.hash(language, word);
    }
}
