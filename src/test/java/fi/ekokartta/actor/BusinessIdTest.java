package fi.ekokartta.actor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class BusinessIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"0201256-6", "1572860-0", "2617416-4", "0116297-6"})
    void accepts_business_ids_with_a_correct_check_digit(String id) {
        assertThat(BusinessId.isValid(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0201256-5", "1572860-1", "2617416-9", "0116297-0"})
    void rejects_a_wrong_check_digit(String id) {
        assertThat(BusinessId.isValid(id)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1234567", "12345678-9", "123456-", "abcdefg-1", "1234567-89", "1234567 8"})
    void rejects_malformed_input(String id) {
        assertThat(BusinessId.isValid(id)).isFalse();
    }

    @Test
    void rejects_null() {
        assertThat(BusinessId.normalize(null)).isEmpty();
    }

    @Test
    void computes_zero_when_the_remainder_is_zero() {
        // 0000000 sums to 0, so its only check digit is 0
        assertThat(BusinessId.isValid("0000000-0")).isTrue();
    }

    @Test
    void never_accepts_digits_whose_remainder_is_one() {
        // 1000004: 7 + 4*2 = 15, 15 mod 11 = 4 -> valid check 7; 0000005: 5*2 = 10 -> check 1;
        // 0000006: 6*2 = 12, remainder 1 -> no valid check digit at all
        for (int check = 0; check <= 9; check++) {
            assertThat(BusinessId.isValid("0000006-" + check)).isFalse();
        }
        assertThat(BusinessId.isValid("1000004-7")).isTrue();
        assertThat(BusinessId.isValid("0000005-1")).isTrue();
    }

    @Test
    void writes_old_six_digit_ids_with_a_leading_zero() {
        assertThat(BusinessId.normalize(" 201256-6 ")).contains("0201256-6");
    }

    @Test
    void trims_surrounding_white_space() {
        assertThat(BusinessId.normalize(" 1572860-0\t")).contains("1572860-0");
    }
}
