package fi.ekokartta.directory;
import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class OpeningHoursTextTest {

    private static final Locale FINNISH = Locale.of("fi");
    private static final Locale SWEDISH = Locale.of("sv");

    @Test
    void days_in_a_row_are_a_range_in_the_readers_language() {
        assertThat(OpeningHoursText.days("MO,TU,WE,TH", FINNISH)).isEqualTo("ma–to");
        assertThat(OpeningHoursText.days("MO,TU,WE,TH", SWEDISH)).isEqualTo("mån–tors");
        assertThat(OpeningHoursText.days("MO,TU,WE,TH", Locale.ENGLISH)).isEqualTo("Mon–Thu");
        assertThat(OpeningHoursText.days("TU,TH", FINNISH)).isEqualTo("ti, to");
        assertThat(OpeningHoursText.days("SA,MO,TU,WE", FINNISH)).isEqualTo("ma–ke, la");
    }

    @Test
    void times_are_written_as_the_reader_writes_them() {
        LocalTime nine = LocalTime.of(9, 0);
        LocalTime three = LocalTime.of(15, 0);
        assertThat(OpeningHoursText.times(nine, three, FINNISH)).isEqualTo("9.00–15.00");
        assertThat(OpeningHoursText.times(nine, three, SWEDISH)).isEqualTo("09:00–15:00");
        assertThat(OpeningHoursText.times(nine, three, Locale.ENGLISH)).matches("9:00\\hAM–3:00\\hPM");
        assertThat(OpeningHoursText.times(nine, three, Locale.of("en", "FI"))).isEqualTo("9.00–15.00");
    }

    @Test
    void a_note_that_only_repeats_the_days_and_times_is_not_shown_but_one_that_says_more_is() {
        LocalTime nine = LocalTime.of(9, 0);
        LocalTime three = LocalTime.of(15, 0);
        assertThat(new ServicePage.Hours("MO,TU,WE,TH", nine, three, "Avoinna ma–to klo 09:00–15:00").noteAddsToHours()).isFalse();
        assertThat(new ServicePage.Hours("MO,TU,WE,TH,FR", nine, three, "arkisin klo 9–15").noteAddsToHours()).isFalse();
        assertThat(new ServicePage.Hours("MO,TU,WE,TH", nine, three, "Avoinna ma–to klo 09:00–15:00, heinäkuussa suljettu").noteAddsToHours()).isTrue();
        assertThat(new ServicePage.Hours("MO", null, null, "ajanvarauksella").noteAddsToHours()).isTrue();
        assertThat(new ServicePage.Hours("MO", nine, three, null).noteAddsToHours()).isFalse();
    }
}
