package fi.ekokartta.exchange.ptv.v11;

import fi.ekokartta.exchange.ptv.HsdsFileSet;
import fi.ekokartta.exchange.ptv.PtvDroppedField;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * PTV service hours as HSDS schedules: regular weekly hours (DaysOfTheWeek) as weekly schedules,
 * exceptional hours as one exception day each (a schedule valid on that date only, closed when it
 * gives no times — as the HSDS import reads an exception date). An exceptional range of several
 * days becomes one exception per day up to {@link #MAX_EXCEPTION_DAYS}; a longer one (a season,
 * not an exception) is reported. Hours over midnight and "always open" have no place in our
 * opening hours, which are times within a day: they are reported, each as a whole, and so are
 * weekly entries marked closed.
 */
final class V11ServiceHours {

    /** A month: holidays and summer closures fit, a half-year "exception" is not one. */
    static final int MAX_EXCEPTION_DAYS = 31;
    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
    private static final List<String> BYDAY = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
    private static final Set<String> WEEKLY = Set.of("DaysOfTheWeek", "Standard");

    private final String locationId;
    private final ArrayNode schedules;

    private V11ServiceHours(ObjectNode location) {
        this.locationId = location.get("id").asString();
        this.schedules = location.putArray("schedules");
    }

    static void read(List<V11Object> hours, ObjectNode location) {
        V11ServiceHours reader = new V11ServiceHours(location);
        hours.forEach(reader::read);
        if (reader.schedules.isEmpty()) {
            location.remove("schedules");
        }
    }

    private void read(V11Object hour) {
        String type = hour.peek("serviceHourType").orElse("");
        if (hour.peek("isAlwaysOpen").equals(Optional.of("true"))) {
            hour.dropWhole(PtvDroppedField.HOURS_ALWAYS_OPEN, summary(hour));
        } else if ("OverMidnight".equals(type)) {
            hour.dropWhole(PtvDroppedField.HOURS_OVER_MIDNIGHT, summary(hour));
        } else if ("Exceptional".equals(type)) {
            exceptional(hour);
        } else if (WEEKLY.contains(type) && !hour.peek("isClosed").equals(Optional.of("true"))) {
            weekly(hour);
        }
    }

    private void weekly(V11Object hour) {
        hour.text("serviceHourType");
        hour.text("validForNow");
        hour.text("isClosed");
        hour.text("isAlwaysOpen");
        String note = V11Localized.finnishOnly(hour, "additionalInformation", hour.localized("additionalInformation").untyped());
        Optional<String> validFrom = hour.text("validFrom").map(V11ServiceHours::day);
        Optional<String> validTo = hour.text("validTo").map(V11ServiceHours::day);
        for (V11Object opening : hour.objects("openingHour")) {
            if (overMidnight(opening)) {
                continue;
            }
            String byday = days(opening.text("dayFrom").orElse(null), opening.text("dayTo").orElse(null));
            ObjectNode schedule = schedule().put("freq", "WEEKLY");
            if (byday != null) {
                schedule.put("byday", byday);
            }
            opening.text("from").ifPresent(from -> schedule.put("opens_at", time(from)));
            opening.text("to").ifPresent(to -> schedule.put("closes_at", time(to)));
            validFrom.ifPresent(from -> schedule.put("valid_from", from));
            validTo.ifPresent(to -> schedule.put("valid_to", to));
            if (note != null) {
                schedule.put("description", note);
            }
        }
    }

    /** Each day of the range: closed, or open at each opening's times (on its weekdays, when it names some). */
    private void exceptional(V11Object hour) {
        Optional<LocalDate> first = hour.peek("validFrom").flatMap(V11ServiceHours::date);
        Optional<LocalDate> last = hour.peek("validTo").flatMap(V11ServiceHours::date).or(() -> first);
        if (first.isEmpty() || last.isEmpty() || last.get().isBefore(first.get())) {
            return;
        }
        long length = ChronoUnit.DAYS.between(first.get(), last.get()) + 1;
        if (length > MAX_EXCEPTION_DAYS) {
            hour.dropWhole(PtvDroppedField.HOURS_LONG_EXCEPTION, first.get() + "–" + last.get());
            return;
        }
        boolean closed = hour.peek("isClosed").equals(Optional.of("true"));
        List<V11Object> openings = hour.objects("openingHour").stream()
                .filter(opening -> opening.peek("from").isPresent() && opening.peek("to").isPresent()).toList();
        if (!closed && openings.isEmpty()) {
            return;
        }
        hour.text("serviceHourType");
        hour.text("validFrom");
        hour.text("validTo");
        hour.text("validForNow");
        hour.text("isClosed");
        hour.text("isAlwaysOpen");
        String note = V11Localized.finnishOnly(hour, "additionalInformation", hour.localized("additionalInformation").untyped());
        for (LocalDate date = first.get(); !date.isAfter(last.get()); date = date.plusDays(1)) {
            if (closed) {
                exceptionDay(date, note);
                continue;
            }
            for (V11Object opening : openings) {
                if (!overMidnight(opening) && onDay(opening, date)) {
                    exceptionDay(date, note).put("opens_at", time(opening.text("from").orElseThrow()))
                            .put("closes_at", time(opening.text("to").orElseThrow()));
                }
            }
        }
    }

    private ObjectNode exceptionDay(LocalDate date, String note) {
        ObjectNode schedule = schedule().put("valid_from", date.toString()).put("valid_to", date.toString());
        if (note != null) {
            schedule.put("description", note);
        }
        return schedule;
    }

    private ObjectNode schedule() {
        return schedules.addObject().put("id", HsdsFileSet.derivedId(locationId, "hours", String.valueOf(schedules.size())))
                .put("location_id", locationId);
    }

    /** An opening that ends at or before it starts goes over midnight: reported, as our hours end within the day. */
    private static boolean overMidnight(V11Object opening) {
        Optional<String> from = opening.peek("from").map(V11ServiceHours::time);
        Optional<String> to = opening.peek("to").map(V11ServiceHours::time);
        if (from.isPresent() && to.isPresent() && to.get().compareTo(from.get()) <= 0) {
            opening.dropWhole(PtvDroppedField.HOURS_OVER_MIDNIGHT, opening.peek("dayFrom").map(day -> day + " ").orElse("")
                    + from.get() + "–" + to.get());
            return true;
        }
        return false;
    }

    private static boolean onDay(V11Object opening, LocalDate date) {
        String days = days(opening.text("dayFrom").orElse(null), opening.text("dayTo").orElse(null));
        return days == null || days.contains(BYDAY.get(date.getDayOfWeek().getValue() - 1));
    }

    /** What a dropped service hour was, for the report: its kind and validity. */
    private static String summary(V11Object hour) {
        String type = hour.peek("serviceHourType").orElse("");
        String from = hour.peek("validFrom").map(V11ServiceHours::day).orElse("");
        String to = hour.peek("validTo").map(V11ServiceHours::day).orElse("");
        return from.isEmpty() && to.isEmpty() ? type : type + " " + from + "–" + to;
    }

    /** "Monday".."Friday" → "MO,TU,WE,TH,FR"; no day or unknown day names give no days. */
    static String days(String from, String to) {
        if (from == null) {
            return null;
        }
        int first = DAYS.indexOf(from);
        int last = to == null ? first : DAYS.indexOf(to);
        if (first < 0 || last < 0) {
            return null;
        }
        List<String> days = new ArrayList<>();
        for (int day = first; ; day = (day + 1) % 7) {
            days.add(BYDAY.get(day));
            if (day == last) {
                break;
            }
        }
        return String.join(",", days);
    }

    private static String day(String dateTime) {
        return dateTime.substring(0, Math.min(10, dateTime.length()));
    }

    private static Optional<LocalDate> date(String dateTime) {
        try {
            return Optional.of(LocalDate.parse(day(dateTime)));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    private static String time(String value) {
        return value.length() >= 5 ? value.substring(0, 5) : value;
    }
}
