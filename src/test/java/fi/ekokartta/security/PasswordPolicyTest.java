package fi.ekokartta.security;

import fi.ekokartta.base.config.EkokarttaProperties;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {

    private static final PasswordPolicy POLICY = new PasswordPolicy();

    @Test
    void a_long_uncommon_password_is_accepted() {
        assertThat(POLICY.check("ohjaaja", "kolme-pientä-kärppää")).isEmpty();
    }

    @Test
    void a_password_of_eleven_characters_is_too_short_and_twelve_are_enough() {
        assertThat(POLICY.check("ohjaaja", "kärppä-kuus")).contains(PasswordPolicy.Problem.TOO_SHORT);
        assertThat(POLICY.check("ohjaaja", "kärppä-kuusi")).isEmpty();
        assertThat(POLICY.check("ohjaaja", null)).contains(PasswordPolicy.Problem.TOO_SHORT);
    }

    @Test
    void a_common_breached_password_is_refused_in_any_letter_case() {
        assertThat(POLICY.check("ohjaaja", "1q2w3e4r5t6y")).contains(PasswordPolicy.Problem.COMMON);
        assertThat(POLICY.check("ohjaaja", "QWERTY123456")).contains(PasswordPolicy.Problem.COMMON);
    }

    @Test
    void the_list_of_common_passwords_has_tens_of_thousands_of_entries() {
        assertThat(POLICY.commonPasswordCount()).isGreaterThanOrEqualTo(10_000);
    }

    @Test
    void the_username_is_not_a_password() {
        assertThat(POLICY.check("koordinaattori", "Koordinaattori")).contains(PasswordPolicy.Problem.SAME_AS_USERNAME);
    }

    @Test
    void every_problem_has_a_text_key() {
        assertThat(PasswordPolicy.Problem.SAME_AS_USERNAME.messageKey()).isEqualTo("password-policy.same-as-username");
    }

    @Test
    void a_one_letter_admin_password_stops_the_start_naming_the_setting() {
        ConfiguredPasswordsCheck check = new ConfiguredPasswordsCheck(properties("a", null), POLICY);

        assertThatThrownBy(check::afterPropertiesSet).isInstanceOf(WeakConfiguredPasswordException.class)
                .hasMessageContaining("EKOKARTTA_ADMIN_PASSWORD").hasMessageContaining("shorter than 12 characters");
    }

    @Test
    void a_common_demo_password_stops_the_start_naming_the_setting() {
        ConfiguredPasswordsCheck check = new ConfiguredPasswordsCheck(properties(null, "qwerty123456"), POLICY);

        assertThatThrownBy(check::afterPropertiesSet).isInstanceOf(WeakConfiguredPasswordException.class)
                .hasMessageContaining("EKOKARTTA_DEMO_PASSWORD").hasMessageContaining("commonly used");
    }

    @Test
    void the_start_report_says_how_to_fix_a_weak_password() {
        var failure = new WeakConfiguredPasswordException("ekokartta.admin-password", "EKOKARTTA_ADMIN_PASSWORD",
                PasswordPolicy.Problem.SAME_AS_USERNAME);

        var analysis = new WeakConfiguredPasswordFailureAnalyzer().analyze(failure);

        assertThat(analysis.getDescription()).contains("same as the username");
        assertThat(analysis.getAction()).contains("Set EKOKARTTA_ADMIN_PASSWORD", "at least 12 characters");
    }

    @Test
    void unset_or_policy_abiding_configured_passwords_let_the_start_go_on() {
        new ConfiguredPasswordsCheck(properties(null, null), POLICY).afterPropertiesSet();
        new ConfiguredPasswordsCheck(properties("admin-salasana-123", "demo-salasana-123"), POLICY).afterPropertiesSet();
    }

    private static EkokarttaProperties properties(String adminPassword, String demoPassword) {
        return new EkokarttaProperties(Path.of("data"), "none", adminPassword, demoPassword, null);
    }
}
