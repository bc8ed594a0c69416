package fi.ekokartta.exchange.api;

import fi.ekokartta.search.SearchLimits;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The full-text search and Ekokartta's extension filters of the service list: {@code search}
 * (ordered by relevance), {@code municipality} (Statistics Finland codes), {@code language}
 * (ISO 639-1 codes of the languages the service is given in) and {@code target_group} (a target
 * group code such as "nuoret", or its taxonomy term id). Several values, comma-separated or
 * repeated, mean any of them. A search text longer than {@link SearchLimits} allows is refused.
 */
record ServiceSearchParameters(String text, Set<String> municipalities, Set<String> languages, Set<String> targetGroups) {

    private static final Pattern MUNICIPALITY = Pattern.compile("\\d{3}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    static ServiceSearchParameters of(String search, List<String> municipality, List<String> language,
                                      List<String> targetGroup) {
        if (SearchLimits.exceeded(search)) {
            throw new BadParameterException(("search must be at most %d characters and %d words (a word is a run of letters "
                    + "and digits), not %d characters and %d words").formatted(SearchLimits.MAX_CHARACTERS,
                    SearchLimits.MAX_WORDS, search.strip().length(), SearchLimits.words(search)));
        }
        return new ServiceSearchParameters(search == null ? "" : search.strip(),
                values("municipality", municipality, MUNICIPALITY, "a three-digit municipality code such as 977"),
                values("language", language, LANGUAGE, "an ISO 639-1 language code such as fi"),
                values("target_group", targetGroup, null, null));
    }

    /** True when the plain, name-ordered listing answers the request. */
    boolean isEmpty() {
        return text.isEmpty() && municipalities.isEmpty() && languages.isEmpty() && targetGroups.isEmpty();
    }

    private static Set<String> values(String name, List<String> raw, Pattern pattern, String expected) {
        if (raw == null) {
            return Set.of();
        }
        Set<String> values = new LinkedHashSet<>();
        for (String item : raw) {
            for (String value : item.split(",")) {
                String trimmed = value.strip();
                if (trimmed.isEmpty()) {
                    continue;
                }
                if (pattern != null && !pattern.matcher(trimmed).matches()) {
                    throw new BadParameterException("%s must be %s, not '%s'".formatted(name, expected, trimmed));
                }
                values.add(trimmed);
            }
        }
        return values;
    }
}
