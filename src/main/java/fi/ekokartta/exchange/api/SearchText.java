package fi.ekokartta.exchange.api;

import fi.ekokartta.search.SearchLimits;

import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The {@code search} of a list other than /services, which has no full-text index behind it: the
 * text, as one phrase, found in a name, code or description regardless of case. Limited like
 * every search text ({@link SearchLimits}).
 */
record SearchText(String lowerCase) {

    static final SearchText NONE = new SearchText(null);

    static SearchText of(String search) {
        checkLimits(search);
        return search == null || search.isBlank() ? NONE : new SearchText(search.strip().toLowerCase(Locale.ROOT));
    }

    static void checkLimits(String search) {
        if (SearchLimits.exceeded(search)) {
            throw new BadParameterException(("search must be at most %d characters and %d words (a word is a run of letters "
                    + "and digits), not %d characters and %d words").formatted(SearchLimits.MAX_CHARACTERS,
                    SearchLimits.MAX_WORDS, search.strip().length(), SearchLimits.words(search)));
        }
    }

    boolean isEmpty() {
        return lowerCase == null;
    }

    /** A LIKE pattern for a lower-cased text, with the wildcards of the search escaped; null for no search. */
    String likePattern() {
        if (lowerCase == null) {
            return null;
        }
        return "%" + lowerCase.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    boolean matches(String... texts) {
        return lowerCase == null || Stream.of(texts).filter(Objects::nonNull)
                .anyMatch(text -> text.toLowerCase(Locale.ROOT).contains(lowerCase));
    }
}
