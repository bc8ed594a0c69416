package fi.ekokartta.base.web;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any query string: the decoder that names the undecodable parameter never fails, and what it
 * decodes agrees with Java's own decoder. {@code JAZZER_FUZZ=1 mvn test -Dtest=StrictQueryDecodingFuzzTest}
 * fuzzes.
 */
class StrictQueryDecodingFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void any_query_string_is_decoded_or_its_parameter_named(FuzzedDataProvider data) {
        String query = data.consumeRemainingAsString();
        StrictQueryDecoding.firstUndecodable(query);

        StrictQueryDecoding.decode(query).ifPresent(decoded -> {
            if (query.codePoints().allMatch(c -> c < 0x80)) {
                assertThat(decoded).isEqualTo(URLDecoder.decode(query, StandardCharsets.UTF_8));
            }
        });
    }
}
