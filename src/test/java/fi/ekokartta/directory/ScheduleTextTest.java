package fi.ekokartta.directory;

import fi.ekokartta.offering.ScheduleFrequency;
import fi.ekokartta.offering.ScheduleRule;
import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

/** A schedule that is not a plain weekly one reads as a sentence in Finnish, Swedish and English. */
class ScheduleTextTest {

    private static final Locale FINNISH = Locale.of("fi");
    private static final Locale SWEDISH = Locale.of("sv");
    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final LocalTime NOON = LocalTime.of(12, 0);

    private static String when(String weekdays, ScheduleRule rule, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n.translations", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return ScheduleText.when(weekdays, NINE, NOON, rule, locale, (key, args) -> args.length == 0 ? bundle.getString(key)
                : new MessageFormat(bundle.getString(key), locale).format(args));
    }

    private static ScheduleRule monthly(String monthDays) {
        return ScheduleRule.NONE.withFrequency(ScheduleFrequency.MONTHLY).withDays(monthDays);
    }

    @Test
    void a_day_of_every_month() {
        assertThat(when(null, monthly("1"), FINNISH)).isEqualTo("joka kuukauden 1. päivä 9.00–12.00");
        assertThat(when(null, monthly("1,15,-1"), FINNISH)).isEqualTo("joka kuukauden 1., 15. ja viimeinen päivä 9.00–12.00");
        assertThat(when(null, monthly("1,15"), SWEDISH)).isEqualTo("dag 1 och 15 varje månad 09:00–12:00");
        assertThat(when(null, monthly("-1"), Locale.of("en", "FI"))).isEqualTo("on day the last of every month 9.00–12.00");
    }

    @Test
    void a_numbered_weekday_of_every_month() {
        ScheduleRule rule = ScheduleRule.NONE.withFrequency(ScheduleFrequency.MONTHLY);
        assertThat(when("1MO,-1FR", rule, FINNISH)).isEqualTo("joka kuukauden 1. ma ja viimeinen pe 9.00–12.00");
        assertThat(when("1MO,-1FR", rule, SWEDISH)).isEqualTo("första mån och sista fre varje månad 09:00–12:00");
        assertThat(when("2TU", rule, Locale.of("en", "FI"))).isEqualTo("the second Tue of every month 9.00–12.00");
    }

    @Test
    void every_other_week_and_the_period_the_hours_hold() {
        ScheduleRule rule = new ScheduleRule(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 5, 31), ScheduleFrequency.WEEKLY,
                2, null, null, null, null, null, null, null, null, null, null);
        assertThat(when("TU", rule, FINNISH)).isEqualTo("ti 9.00–12.00, joka toinen viikko, voimassa 1.1.–31.5.2027");
        assertThat(when("TU", rule, SWEDISH)).isEqualTo("tis 09:00–12:00, varannan vecka, gäller 1.1.–31.5.2027");
        assertThat(when("TU", ScheduleRule.WEEKLY.withValidity(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 31)),
                FINNISH)).isEqualTo("ti 9.00–12.00, voimassa 1.12.2026–31.1.2027");
        assertThat(when("TU", ScheduleRule.WEEKLY.withValidity(LocalDate.of(2027, 6, 1), null), Locale.of("en", "FI")))
                .isEqualTo("Tue 9.00–12.00, valid from 1.6.2027");
    }

    @Test
    void week_numbers_count_and_last_date() {
        ScheduleRule rule = new ScheduleRule(null, null, ScheduleFrequency.WEEKLY, null, 3, LocalDate.of(2027, 1, 4),
                LocalDate.of(2027, 3, 1), null, null, "41,42", null, null, null, null);
        assertThat(when("TH,FR", rule, FINNISH)).isEqualTo(
                "to–pe 9.00–12.00, viikoilla 41, 42, ensimmäisen kerran 4.1.2027, viimeisen kerran 1.3.2027, 3 kertaa");
        assertThat(when("TH,FR", rule, SWEDISH)).isEqualTo(
                "tors–fre 09:00–12:00, veckorna 41, 42, första gången 4.1.2027, sista gången 1.3.2027, 3 gånger");
    }

    @Test
    void a_plain_weekly_schedule_reads_as_before() {
        assertThat(when("MO,TU,WE,TH", ScheduleRule.WEEKLY, FINNISH)).isEqualTo("ma–to 9.00–12.00");
    }
}
