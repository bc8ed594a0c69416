package fi.ekokartta.exchange.ptv.v11;

import fi.ekokartta.exchange.ptv.HsdsFileSet;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Regular weekly PTV service hours (DaysOfTheWeek) as HSDS weekly schedules. Exceptional hours,
 * hours over midnight, "always open" and "closed" entries have no place in Ekokartta's opening
 * hours; they stay unread and are reported as dropped.
 */
final class V11ServiceHours {

    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
    private static final List<String> BYDAY = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
    private static final Set<String> WEEKLY = Set.of("DaysOfTheWeek", "Standard");

    private V11ServiceHours() {
    }

    static void read(List<V11Object> hours, ObjectNode location) {
        String locationId = location.get("id").asString();
        ArrayNode schedules = location.putArray("schedules");
        for (V11Object hour : hours) {
            if (!WEEKLY.contains(hour.peek("serviceHourType").orElse("")) || hour.peek("isClosed").equals(Optional.of("true"))
                    || hour.peek("isAlwaysOpen").equals(Optional.of("true"))) {
                continue;
            }
            hour.text("serviceHourType");
            hour.text("validForNow");
            hour.text("isClosed");
            hour.text("isAlwaysOpen");
            String note = V11Localized.finnishOnly(hour, "additionalInformation", hour.localized("additionalInformation").untyped());
            for (V11Object opening : hour.objects("openingHour")) {
                String byday = days(opening.text("dayFrom").orElse(null), opening.text("dayTo").orElse(null));
                ObjectNode schedule = schedules.addObject()
                        .put("id", HsdsFileSet.derivedId(locationId, "hours", String.valueOf(schedules.size())))
                        .put("location_id", locationId).put("freq", "WEEKLY");
                if (byday != null) {
                    schedule.put("byday", byday);
                }
                opening.text("from").ifPresent(from -> schedule.put("opens_at", time(from)));
                opening.text("to").ifPresent(to -> schedule.put("closes_at", time(to)));
                hour.text("validFrom").ifPresent(from -> schedule.put("valid_from", from.substring(0, Math.min(10, from.length()))));
                hour.text("validTo").ifPresent(to -> schedule.put("valid_to", to.substring(0, Math.min(10, to.length()))));
                if (note != null) {
                    schedule.put("description", note);
                }
            }
        }
        if (schedules.isEmpty()) {
            location.remove("schedules");
        }
    }

    /** "Monday".."Friday" → "MO,TU,WE,TH,FR"; unknown day names give no days. */
    static String days(String from, String to) {
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

    private static String time(String value) {
        return value.length() >= 5 ? value.substring(0, 5) : value;
    }
}
