package fi.ekokartta.directory;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Opening hours written from their structured data in the reader's language: days as ranges
 * ("ma–to", "mån–tors", "Mon–Thu") and times in the reader's format ("9.00", "09:00", "9:00 AM").
 * The Finnish note kept with the hours (HSDS schedule description) is shown only when it says
 * more than the days and times do: "Avoinna ma–to klo 09:00–15:00" only repeats them.
 */
final class OpeningHoursText {

    private static final Map<String, DayOfWeek> DAYS = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY,
            "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY,
            "SU", DayOfWeek.SUNDAY);
    /** What a Finnish note of days and times is made of; a note of nothing else restates its hours. */
    private static final Pattern DAYS_AND_TIMES = Pattern.compile("(?iu)\\b(avoinna|auki|klo|kello|ja|arkisin|arkipäivisin"
            + "|ma|ti|ke|to|pe|la|su|maanantai\\p{L}*|tiistai\\p{L}*|keskiviikko\\p{L}*|torstai\\p{L}*|perjantai\\p{L}*"
            + "|lauantai\\p{L}*|sunnuntai\\p{L}*)\\b|\\d{1,2}([:.]\\d{2})?|[\\p{Punct}\\p{Pd}\\s]");

    private OpeningHoursText() {
    }

    /** "ma–to, la" for MO,TU,WE,TH,SA: days in a row become a range. */
    static String days(String codes, Locale locale) {
        if (codes == null || codes.isBlank()) {
            return "";
        }
        List<DayOfWeek> days = Arrays.stream(codes.split(",")).map(String::strip).map(DAYS::get)
                .filter(Objects::nonNull).distinct().sorted().toList();
        List<String> parts = new ArrayList<>();
        for (int start = 0; start < days.size(); ) {
            int end = start;
            while (end + 1 < days.size() && days.get(end + 1).getValue() == days.get(end).getValue() + 1) {
                end++;
            }
            String first = name(days.get(start), locale);
            parts.add(end == start ? first : first + "–" + name(days.get(end), locale));
            start = end + 1;
        }
        return String.join(", ", parts);
    }

    /** "9.00–15.00" in Finnish, "09:00–15:00" in Swedish; empty when the hours have no times. */
    static String times(LocalTime opens, LocalTime closes, Locale locale) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        return (opens == null ? "" : format.format(opens)) + (closes == null ? "" : "–" + format.format(closes));
    }

    /** Whether the note says something the days and times do not (or there are no times to say it). */
    static boolean noteAddsToHours(String note, LocalTime opens) {
        if (note == null || note.isBlank()) {
            return false;
        }
        return opens == null || !DAYS_AND_TIMES.matcher(note).replaceAll("").isEmpty();
    }

    private static String name(DayOfWeek day, Locale locale) {
        return day.getDisplayName(TextStyle.SHORT, locale).replace(".", "");
    }
}
