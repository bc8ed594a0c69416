package fi.ekokartta.search;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a visitor types, turning it into a search (municipality mentions, words, small words
 * left out, folding, the matching sentence) never fails. Seeds in QueryParsingFuzzTestInputs;
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=QueryParsingFuzzTest} fuzzes.
 */
class QueryParsingFuzzTest {

    private static final MunicipalityMentions MENTIONS = new MunicipalityMentions(Map.of(
            "009", "Alavieska", "208", "Kalajoki", "535", "Nivala", "746", "Sievi", "977", "Ylivieska"));

    @FuzzTest(maxDuration = "60s")
    void any_typed_text_becomes_a_search_plan(FuzzedDataProvider data) {
        String typed = data.consumeString(500);
        String description = data.consumeRemainingAsString();

        ServiceQuery query = ServiceQuery.of(typed);
        MunicipalityMentions.Result mentions = MENTIONS.find(query.text());
        List<String> words = StopWords.without(SpellingSuggester.words(mentions.remainingText()));
        Snippets.of(words, typed, description);
        words.forEach(Folding::fold);

        assertThat(mentions.codes()).allSatisfy(code -> assertThat(code).matches("\\d{3}"));
        assertThat(words).doesNotContainNull();
    }
}
