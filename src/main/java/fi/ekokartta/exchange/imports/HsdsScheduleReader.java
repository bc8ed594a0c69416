package fi.ekokartta.exchange.imports;

import fi.ekokartta.exchange.api.document.ScheduleDocument;
import fi.ekokartta.offering.OpeningHours;
import fi.ekokartta.offering.ScheduleFrequency;
import fi.ekokartta.offering.ScheduleRule;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One HSDS schedule as opening hours: days and times, and the rest of its RFC 5545 recurrence
 * checked part by part. A schedule without a frequency valid on one date only is the hours of
 * that date (as the API writes an exception date).
 */
final class HsdsScheduleReader {

    private static final String DAYS = "MO|TU|WE|TH|FR|SA|SU";
    private static final Pattern WEEKDAYS = Pattern.compile("(" + DAYS + ")(,(" + DAYS + "))*");
    /** A monthly BYDAY may number its days: "1MO" the first Monday, "-1FR" the last Friday. */
    private static final Pattern MONTHLY_DAY = Pattern.compile("([+-]?)(\\d{1,2})?(" + DAYS + ")");
    /** The UTC offsets of Finnish time, winter and summer. */
    private static final Set<Double> FINNISH_OFFSETS = Set.of(2.0, 3.0);

    private HsdsScheduleReader() {
    }

    static OpeningHours read(ImportEntry schedule, ScheduleDocument document) {
        OpeningHours hours = new OpeningHours();
        Optional<ScheduleFrequency> frequency = schedule.enumValue("freq", document.freq(), ScheduleFrequency.class);
        LocalDate validFrom = document.validFrom();
        LocalDate validTo = document.validTo();
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            schedule.reject("valid_to", "import.problem.schedule-valid-to-before-from", validTo.toString(),
                    validFrom.toString());
        }
        boolean oneDate = !schedule.has("freq") && validFrom != null && validFrom.equals(validTo);
        ScheduleFrequency repeats = frequency.orElse(ScheduleFrequency.WEEKLY);
        hours.setWeekdays(Optional.ofNullable(document.byday()).map(days -> days.toUpperCase(Locale.ROOT).replace(" ", ""))
                .filter(days -> validDays(schedule, days, repeats)).orElse(null));
        Optional.ofNullable(document.opensAt()).flatMap(time -> schedule.parseTime("opens_at", time))
                .ifPresent(hours::setOpens);
        Optional.ofNullable(document.closesAt()).flatMap(time -> schedule.parseTime("closes_at", time))
                .ifPresent(hours::setCloses);
        if (hours.getOpens() != null && hours.getCloses() != null && !hours.getOpens().isBefore(hours.getCloses())) {
            schedule.reject("closes_at", "import.problem.closes-before-opens");
        }
        hours.setNote(document.description());
        ScheduleRule rule = new ScheduleRule(validFrom, validTo, repeats, Optional.ofNullable(document.interval())
                .filter(n -> inRange(schedule, "interval", n, 1, 1000)).orElse(null),
                Optional.ofNullable(document.count()).filter(n -> inRange(schedule, "count", n, 1, 10000)).orElse(null),
                document.dtstart(), document.until(), weekStart(schedule, document.wkst()),
                numbers(schedule, "bymonthday", document.bymonthday(), 31),
                numbers(schedule, "byweekno", document.byweekno(), 53),
                numbers(schedule, "byyearday", document.byyearday(), 366),
                schedule.webAddress("schedule_link", document.scheduleLink()).orElse(null), document.attendingType(),
                document.notes());
        readTimezone(schedule, document.timezone());
        if (oneDate && rule.withValidity(null, null).withFrequency(null).equals(ScheduleRule.NONE)) {
            hours.setExceptionDate(validFrom);
            hours.setWeekdays(null);
            hours.setRule(ScheduleRule.NONE);
        } else {
            hours.setRule(rule);
        }
        return hours;
    }

    private static boolean validDays(ImportEntry schedule, String days, ScheduleFrequency frequency) {
        boolean valid = frequency == ScheduleFrequency.MONTHLY ? monthlyDays(days) : WEEKDAYS.matcher(days).matches();
        if (!valid) {
            schedule.reject("byday", frequency == ScheduleFrequency.MONTHLY ? "import.problem.schedule-monthly-days"
                    : "import.problem.schedule-weekdays", days);
        }
        return valid;
    }

    private static boolean monthlyDays(String days) {
        for (String day : days.split(",", -1)) {
            Matcher parts = MONTHLY_DAY.matcher(day);
            if (!parts.matches() || (parts.group(2) == null && !parts.group(1).isEmpty())
                    || (parts.group(2) != null && !between(Integer.parseInt(parts.group(2)), 1, 5))) {
                return false;
            }
        }
        return true;
    }

    private static String weekStart(ImportEntry schedule, String wkst) {
        return Optional.ofNullable(wkst).map(day -> day.toUpperCase(Locale.ROOT)).filter(day -> {
            boolean valid = day.matches(DAYS);
            if (!valid) {
                schedule.reject("wkst", "import.problem.not-one-of", day, DAYS.replace("|", ", "));
            }
            return valid;
        }).orElse(null);
    }

    /** A list like "1,15,-1": whole numbers from 1 to {@code max}, or counted from the end with a minus. */
    private static String numbers(ImportEntry schedule, String field, String text, int max) {
        return Optional.ofNullable(text).map(list -> list.replace(" ", "")).filter(list -> {
            for (String number : list.split(",", -1)) {
                if (!number.matches("[+-]?\\d{1,3}") || !between(Math.abs(Integer.parseInt(number)), 1, max)) {
                    schedule.reject(field, "import.problem.schedule-numbers", list, max);
                    return false;
                }
            }
            return true;
        }).orElse(null);
    }

    private static boolean inRange(ImportEntry schedule, String field, int value, int min, int max) {
        boolean valid = between(value, min, max);
        if (!valid) {
            schedule.reject(field, "import.problem.not-in-range", value, min, max);
        }
        return valid;
    }

    /** Times are Finnish time: an offset of Finnish time says nothing more, another one is warned of and dropped. */
    private static void readTimezone(ImportEntry schedule, Double timezone) {
        Optional.ofNullable(timezone).filter(offset -> !FINNISH_OFFSETS.contains(offset)).ifPresent(offset -> {
            schedule.warningKey("timezone", "import.warning.schedule-timezone", offset);
            schedule.unused("timezone");
        });
    }

    private static boolean between(int value, int min, int max) {
        return value >= min && value <= max;
    }
}
