package fi.ekokartta.search;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The answer to a service search.
 *
 * @param facets               facet field to value to number of services, each counted as if
 *                             that facet's own choice were not made (so other values can be added)
 * @param municipalitiesInText municipality codes recognized in the words and used as a filter
 * @param broadened            nothing matched every word, so services matching some words, or
 *                             nearly spelt words, are shown
 * @param everyWord            when above zero, only this many services matched every word: they
 *                             come first, followed by services that match some of the words
 * @param municipalityIgnored  nothing was found in the municipality named in the text, so the
 *                             whole area is shown
 * @param didYouMean           a respelling of the words that the directory knows, or null
 * @param timedOut             the search ran out of time ({@code ekokartta.search.time-limit}):
 *                             these are the best services found until then
 * @param ignoredWords         words left out of the search: small words ("ja", "kanssa", "apua")
 *                             and, in a sentence, words that no service has
 */
public record ServiceSearchResult(List<ServiceCard> cards, long total, Map<String, Map<String, Long>> facets,
                                  Set<String> municipalitiesInText, boolean broadened, long everyWord,
                                  boolean municipalityIgnored,
                                  String didYouMean, boolean timedOut,
                                  List<String> ignoredWords) {
}
