package fi.ekokartta.base.i18n;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Dates and times the way they are written in Finland, whatever the interface language:
 * 5.3.2026 and 9.30 (Finnish and Finland-Swedish practice; English texts written in Finland
 * follow it too).
 */
public final class FinnishDates {

    /** Finnish time: the zone in which "today" and deadlines are meant. */
    public static final ZoneId FINNISH_TIME = ZoneId.of("Europe/Helsinki");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H.mm");

    private FinnishDates() {
    }

    /** For example 5.3.2026. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** For example 5.3.2026 klo 9.30 ("kl." in Swedish, "at" in English). */
    public static String dateTime(LocalDateTime dateTime, Language language) {
        if (dateTime == null) {
            return "";
        }
        String at = switch (language) {
            case FI -> "klo";
            case SV -> "kl.";
            case EN -> "at";
        };
        return DATE.format(dateTime) + " " + at + " " + TIME.format(dateTime);
    }

    public static LocalDate today() {
        return LocalDate.now(FINNISH_TIME);
    }

    /** The day in Finland at an instant; null stays null. */
    public static LocalDate dayOf(java.time.Instant instant) {
        return instant == null ? null : instant.atZone(FINNISH_TIME).toLocalDate();
    }
}
