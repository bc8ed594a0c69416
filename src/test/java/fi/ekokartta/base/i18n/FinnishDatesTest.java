package fi.ekokartta.base.i18n;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FinnishDatesTest {

    @Test
    void dates_are_written_day_month_year_without_leading_zeros() {
        assertEquals("5.3.2026", FinnishDates.date(LocalDate.of(2026, 3, 5)));
        assertEquals("24.12.2026", FinnishDates.date(LocalDate.of(2026, 12, 24)));
    }

    @Test
    void times_use_a_dot_and_the_word_for_at_in_each_language() {
        LocalDateTime meeting = LocalDateTime.of(2026, 3, 5, 9, 30);

        assertEquals("5.3.2026 klo 9.30", FinnishDates.dateTime(meeting, Language.FI));
        assertEquals("5.3.2026 kl. 9.30", FinnishDates.dateTime(meeting, Language.SV));
        assertEquals("5.3.2026 at 9.30", FinnishDates.dateTime(meeting, Language.EN));
    }

    @Test
    void a_missing_date_is_written_as_nothing() {
        assertEquals("", FinnishDates.date(null));
    }
}
