package fi.ekokartta.directory;

import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.offering.ScheduleFrequency;
import fi.ekokartta.offering.ScheduleRule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A schedule in words of the reader's language: the days and times of a weekly one as
 * {@link OpeningHoursText} writes them, and what repeats otherwise ("joka kuukauden 1. päivä
 * 9.00–12.00", "ti joka toinen viikko") and the period it holds ("voimassa 1.1.–31.5.2027").
 */
public final class ScheduleText {

    /** A translation of a key with its arguments, in the reader's language. */
    @FunctionalInterface
    public interface Translations {
        String get(String key, Object... args);
    }

    private static final Pattern NUMBERED_DAY = Pattern.compile("([+-]?)(\\d)(MO|TU|WE|TH|FR|SA|SU)");

    private ScheduleText() {
    }

    /** Days, times, how it repeats and when it holds, e.g. "ma–pe 9.00–15.00, voimassa 1.6.–31.8.2027". */
    public static String when(String weekdays, LocalTime opens, LocalTime closes, ScheduleRule rule, Locale locale,
                              Translations t) {
        List<String> parts = new ArrayList<>();
        String head = (days(weekdays, rule, locale, t) + " " + OpeningHoursText.times(opens, closes, locale)).strip();
        if (!head.isEmpty()) {
            parts.add(head);
        }
        if (rule.repeatInterval() != null && rule.repeatInterval() > 1) {
            parts.add(t.get(rule.frequency() == ScheduleFrequency.MONTHLY ? "schedule.every-nth-month"
                    : "schedule.every-nth-week", rule.repeatInterval()));
        }
        if (rule.weekNumbers() != null) {
            parts.add(t.get("schedule.week-numbers", rule.weekNumbers().replace(",", ", "),
                    rule.weekNumbers().split(",").length));
        }
        if (rule.yearDays() != null) {
            parts.add(t.get("schedule.year-days", numbers(rule.yearDays(), t)));
        }
        if (rule.firstDate() != null) {
            parts.add(t.get("schedule.first-date", FinnishDates.date(rule.firstDate())));
        }
        if (rule.lastDate() != null) {
            parts.add(t.get("schedule.last-date", FinnishDates.date(rule.lastDate())));
        }
        if (rule.repeatCount() != null) {
            parts.add(t.get("schedule.count", rule.repeatCount()));
        }
        validity(rule.validFrom(), rule.validTo(), t).ifPresent(parts::add);
        return String.join(", ", parts);
    }

    /** "voimassa 1.1.–31.5.2027" (the year once when both ends are in the same year), "voimassa 1.6.2027 alkaen". */
    static Optional<String> validity(LocalDate from, LocalDate to, Translations t) {
        if (from != null && to != null) {
            String start = from.getYear() == to.getYear() ? from.getDayOfMonth() + "." + from.getMonthValue() + "."
                    : FinnishDates.date(from);
            return Optional.of(t.get("schedule.valid.between", start, FinnishDates.date(to)));
        }
        if (from != null) {
            return Optional.of(t.get("schedule.valid.from", FinnishDates.date(from)));
        }
        return to == null ? Optional.empty() : Optional.of(t.get("schedule.valid.to", FinnishDates.date(to)));
    }

    private static String days(String weekdays, ScheduleRule rule, Locale locale, Translations t) {
        if (rule.frequency() != ScheduleFrequency.MONTHLY) {
            return OpeningHoursText.days(weekdays, locale);
        }
        List<String> parts = new ArrayList<>();
        if (rule.monthDays() != null) {
            parts.add(t.get("schedule.month-days", numbers(rule.monthDays(), t)));
        }
        if (weekdays != null) {
            List<String> numbered = new ArrayList<>();
            List<String> plain = new ArrayList<>();
            for (String day : weekdays.split(",")) {
                Matcher numberedDay = NUMBERED_DAY.matcher(day);
                if (numberedDay.matches()) {
                    numbered.add(t.get("-".equals(numberedDay.group(1)) ? "schedule.weekday-from-end" : "schedule.weekday-nth",
                            Integer.parseInt(numberedDay.group(2)), OpeningHoursText.days(numberedDay.group(3), locale)));
                } else {
                    plain.add(day);
                }
            }
            if (!numbered.isEmpty()) {
                parts.add(t.get("schedule.month-weekdays", list(numbered, t)));
            }
            if (!plain.isEmpty()) {
                parts.add(OpeningHoursText.days(String.join(",", plain), locale));
            }
        }
        return String.join(", ", parts);
    }

    /** "1., 15. ja viimeinen" of "1,15,-1". */
    private static String numbers(String list, Translations t) {
        return list(Arrays.stream(list.split(",")).map(String::strip).map(Integer::parseInt)
                .map(n -> n < 0 ? t.get("schedule.day-from-end", -n) : t.get("schedule.day", n)).toList(), t);
    }

    private static String list(List<String> items, Translations t) {
        if (items.size() == 1) {
            return items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + t.get("schedule.and") + " " + items.getLast();
    }
}
