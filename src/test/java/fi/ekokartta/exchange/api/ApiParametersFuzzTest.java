package fi.ekokartta.exchange.api;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's parameters, whatever their values: each becomes a filter, a page or a language, or a
 * {@link BadParameterException} (400 with its message), never anything else. Seeds in
 * ApiParametersFuzzTestInputs; {@code JAZZER_FUZZ=1 mvn test -Dtest=ApiParametersFuzzTest} fuzzes.
 */
class ApiParametersFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void any_parameter_values_are_parsed_or_refused_as_bad_parameters(FuzzedDataProvider data) {
        String modifiedAfter = data.consumeString(80);
        String search = data.consumeString(200);
        List<String> municipality = List.of(data.consumeString(40), data.consumeString(40));
        List<String> language = List.of(data.consumeString(20));
        List<String> targetGroup = List.of(data.consumeString(40));
        String lang = data.consumeString(10);
        String acceptLanguage = data.consumeString(60);
        int page = data.consumeInt();
        int perPage = data.consumeInt();

        refusedOnlyAsBadParameter(() -> {
            Instant after = ServiceFilter.parseModifiedAfter(modifiedAfter);
            assertThat(after).isBetween(Instant.parse("1899-12-30T00:00:00Z"), Instant.parse("+10000-01-02T00:00:00Z"));
        });
        refusedOnlyAsBadParameter(() -> ServiceSearchParameters.of(search, municipality, language, targetGroup));
        refusedOnlyAsBadParameter(() -> ApiLanguage.resolve(lang, acceptLanguage));
        refusedOnlyAsBadParameter(() -> {
            PageParameters paging = PageParameters.of(page, perPage);
            assertThat(paging.pageable().getOffset()).isNotNegative();
        });
    }

    private static void refusedOnlyAsBadParameter(Runnable parsing) {
        try {
            parsing.run();
        } catch (BadParameterException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }
}
