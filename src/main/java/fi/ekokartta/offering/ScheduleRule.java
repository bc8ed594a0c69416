package fi.ekokartta.offering;

import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Aukioloajan toistosääntö: what an HSDS schedule says beside its days and times — the period it
 * is valid ({@code valid_from}, {@code valid_to}), the RFC 5545 recurrence ({@code freq},
 * {@code interval}, {@code bymonthday}, {@code byweekno}, {@code byyearday}, {@code count},
 * {@code until}, {@code dtstart}, {@code wkst}), a link to its sessions, how one attends and
 * notes. Numbers lists stay as RFC 5545 writes them ("1,15,-1"). An exception date has no rule
 * ({@link #NONE}); an ordinary weekly row has {@link #WEEKLY}.
 */
public record ScheduleRule(LocalDate validFrom, LocalDate validTo, ScheduleFrequency frequency, Integer repeatInterval,
                           Integer repeatCount, LocalDate firstDate, LocalDate lastDate, String weekStart,
                           String monthDays, String weekNumbers, String yearDays, String scheduleLink,
                           String attendingType, String notes) {

    public static final ScheduleRule NONE = new ScheduleRule(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null);
    public static final ScheduleRule WEEKLY = NONE.withFrequency(ScheduleFrequency.WEEKLY);

    public ScheduleRule withFrequency(ScheduleFrequency frequency) {
        return new ScheduleRule(validFrom, validTo, frequency, repeatInterval, repeatCount, firstDate, lastDate, weekStart,
                monthDays, weekNumbers, yearDays, scheduleLink, attendingType, notes);
    }

    public ScheduleRule withValidity(LocalDate from, LocalDate to) {
        return new ScheduleRule(from, to, frequency, repeatInterval, repeatCount, firstDate, lastDate, weekStart,
                monthDays, weekNumbers, yearDays, scheduleLink, attendingType, notes);
    }

    /** The same rule on these days of the month ("1,15,-1"). */
    public ScheduleRule withDays(String monthDays) {
        return new ScheduleRule(validFrom, validTo, frequency, repeatInterval, repeatCount, firstDate, lastDate, weekStart,
                monthDays, weekNumbers, yearDays, scheduleLink, attendingType, notes);
    }

    /**
     * Whether the rule repeats every week on its days and nothing more, as the editor's rows of days
     * and times do (a validity period and notes beside it do not make it more).
     */
    public boolean isPlainWeekly() {
        return frequency != ScheduleFrequency.MONTHLY && (repeatInterval == null || repeatInterval == 1)
                && Stream.of(repeatCount, firstDate, lastDate, monthDays, weekNumbers, yearDays).allMatch(v -> v == null);
    }

    /**
     * Whether the two rules hold for the same period (both always, or between the same dates): hours
     * of a period of their own (summer hours) stand in for the usual ones rather than contradict them.
     */
    public boolean samePeriod(ScheduleRule other) {
        return Objects.equals(validFrom, other.validFrom) && Objects.equals(validTo, other.validTo);
    }
}
