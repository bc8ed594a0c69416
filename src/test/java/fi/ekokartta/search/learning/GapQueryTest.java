package fi.ekokartta.search.learning;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What of a search text the gap log may keep: normalized short queries, never anything that could identify a person. */
class GapQueryTest {

    @Test
    void case_spaces_and_punctuation_at_the_edges_are_normalized() {
        assertThat(GapQuery.loggable("  Työkokeilu   KALAJOKI?! ")).contains("työkokeilu kalajoki");
        assertThat(GapQuery.loggable("\"TE-palvelut\"")).contains("te-palvelut");
        assertThat(GapQuery.loggable("s2")).contains("s2");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "matti.meikalainen@example.org", "soita @minna",
            "040 123 4567", "0401234567", "puh 12345", "010190-123A", "010190A1234",
            "tarvitsen apua velkojen kanssa koska olen ollut työtön pitkään",
            "yksi kaksi kolme neljä viisi kuusi seitsemän",
            "   ", "?!"
    })
    void text_that_could_carry_personal_data_or_is_empty_is_not_logged(String text) {
        assertThat(GapQuery.loggable(text)).isEmpty();
    }

    @Test
    void the_limits_are_sixty_characters_and_six_words() {
        assertThat(GapQuery.loggable("a".repeat(60))).isPresent();
        assertThat(GapQuery.loggable("a".repeat(61))).isEmpty();
        assertThat(GapQuery.loggable("yksi kaksi kolme neljä viisi kuusi")).isPresent();
        assertThat(GapQuery.loggable(null)).isEmpty();
        assertThat(GapQuery.loggable("x".repeat(100_000))).isEmpty();
    }

    @Test
    void a_few_digits_such_as_a_year_or_a_postcode_part_are_kept() {
        assertThat(GapQuery.loggable("kesätyö 2026")).contains("kesätyö 2026");
    }
}
