package fi.ekokartta.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules of the vuosikello expanded into dates: across years and daylight saving time, COUNT, UNTIL and broken rules. */
class OccurrencesTest {

    private static final ZoneOffset WINTER = ZoneOffset.ofHours(2);
    private static final ZoneOffset SUMMER = ZoneOffset.ofHours(3);

    @Test
    void a_monthly_rule_begun_in_november_goes_on_into_the_next_year() {
        LocalDateTime start = LocalDateTime.of(2026, 11, 12, 13, 0);

        List<ZonedDateTime> thisYear = Occurrences.starts(start, "FREQ=MONTHLY", year(2026), year(2027));
        List<ZonedDateTime> nextYear = Occurrences.starts(start, "FREQ=MONTHLY", year(2027), year(2028));

        assertThat(thisYear).extracting(ZonedDateTime::toLocalDate)
                .containsExactly(LocalDate.of(2026, 11, 12), LocalDate.of(2026, 12, 12));
        assertThat(nextYear).hasSize(12).allSatisfy(date -> {
            assertThat(date.getDayOfMonth()).isEqualTo(12);
            assertThat(date.toLocalTime()).isEqualTo(LocalTime.of(13, 0));
        });
    }

    @Test
    void the_second_tuesday_of_each_month_is_found_in_the_next_year_too() {
        List<ZonedDateTime> dates = Occurrences.starts(LocalDateTime.of(2026, 11, 10, 9, 0), "FREQ=MONTHLY;BYDAY=2TU",
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 4, 1));

        assertThat(dates).extracting(ZonedDateTime::toLocalDate)
                .containsExactly(LocalDate.of(2027, 1, 12), LocalDate.of(2027, 2, 9), LocalDate.of(2027, 3, 9));
    }

    @Test
    void a_ten_oclock_meeting_stays_at_ten_in_finland_when_summer_time_begins_and_ends() {
        List<ZonedDateTime> spring = Occurrences.starts(LocalDateTime.of(2026, 3, 17, 10, 0), "FREQ=WEEKLY;COUNT=3",
                year(2026), year(2027));
        List<ZonedDateTime> autumn = Occurrences.starts(LocalDateTime.of(2026, 10, 20, 10, 0), "FREQ=WEEKLY;COUNT=2",
                year(2026), year(2027));

        // summer time begins on the last Sunday of March (29.3.2026) and ends on the last of October (25.10.2026)
        assertThat(spring).extracting(ZonedDateTime::toLocalDateTime).containsExactly(
                LocalDateTime.of(2026, 3, 17, 10, 0), LocalDateTime.of(2026, 3, 24, 10, 0), LocalDateTime.of(2026, 3, 31, 10, 0));
        assertThat(spring).extracting(ZonedDateTime::getOffset).containsExactly(WINTER, WINTER, SUMMER);
        assertThat(autumn).extracting(ZonedDateTime::toLocalDateTime).containsExactly(
                LocalDateTime.of(2026, 10, 20, 10, 0), LocalDateTime.of(2026, 10, 27, 10, 0));
        assertThat(autumn).extracting(ZonedDateTime::getOffset).containsExactly(SUMMER, WINTER);
        assertThat(autumn.get(1).toInstant().getEpochSecond() - autumn.get(0).toInstant().getEpochSecond())
                .isEqualTo(7 * 24 * 3600 + 3600);
    }

    @Test
    void count_ends_the_series_even_across_the_year() {
        LocalDateTime start = LocalDateTime.of(2026, 11, 12, 13, 0);

        assertThat(Occurrences.starts(start, "FREQ=MONTHLY;COUNT=3", year(2027), year(2028)))
                .extracting(ZonedDateTime::toLocalDate).containsExactly(LocalDate.of(2027, 1, 12));
        assertThat(Occurrences.starts(start, "FREQ=MONTHLY;COUNT=3", year(2026), year(2028))).hasSize(3);
    }

    @Test
    void until_ends_the_series_on_its_day() {
        List<ZonedDateTime> dates = Occurrences.starts(LocalDateTime.of(2026, 10, 6, 9, 0),
                "FREQ=WEEKLY;UNTIL=20261020T100000Z", year(2026), year(2027));

        assertThat(dates).extracting(ZonedDateTime::toLocalDate).containsExactly(
                LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 13), LocalDate.of(2026, 10, 20));
    }

    @Test
    void a_yearly_event_comes_back_on_its_day_every_year() {
        LocalDateTime start = LocalDateTime.of(2027, 10, 7, 9, 0);

        assertThat(Occurrences.starts(start, "FREQ=YEARLY", year(2026), year(2027))).isEmpty();
        assertThat(Occurrences.starts(start, "FREQ=YEARLY", year(2029), year(2030)))
                .containsExactly(LocalDateTime.of(2029, 10, 7, 9, 0).atZone(Occurrences.ZONE));
    }

    @Test
    void an_unreadable_rule_shows_the_event_once_without_failing() {
        LocalDateTime start = LocalDateTime.of(2026, 5, 5, 12, 0);

        for (String rule : new String[]{"FREQ=SOMETIMES", "BYDAY=2TU", "FREQ=MONTHLY;BYDAY=XX", "kerran kuussa"}) {
            assertThat(Occurrences.starts(start, rule, year(2026), year(2027))).as(rule)
                    .containsExactly(start.atZone(Occurrences.ZONE));
        }
        assertThat(Occurrences.starts(start, null, year(2026), year(2027))).containsExactly(start.atZone(Occurrences.ZONE));
        assertThat(Occurrences.starts(start, "FREQ=SOMETIMES", year(2027), year(2028))).isEmpty();
    }

    @Test
    void the_first_date_counts_even_when_the_rule_would_not_give_it() {
        // 5.5.2026 is a Tuesday, the rule gives Thursdays
        List<ZonedDateTime> dates = Occurrences.starts(LocalDateTime.of(2026, 5, 5, 12, 0), "FREQ=WEEKLY;BYDAY=TH;COUNT=2",
                year(2026), year(2027));

        assertThat(dates.getFirst().toLocalDate()).isEqualTo(LocalDate.of(2026, 5, 5));
        assertThat(dates).hasSizeGreaterThanOrEqualTo(2);
    }

    private static LocalDate year(int year) {
        return LocalDate.of(year, 1, 1);
    }
}
