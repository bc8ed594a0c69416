package fi.ekokartta.calendar.ui;

import com.vaadin.flow.router.QueryParameters;
import fi.ekokartta.calendar.EventCategory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the vuosikello shows, as its address says: ?nakyma=kello|lista|kuukausi&vuosi=2027
 * &kuukausi=3&luokka=koulutus,maaraaika&jarjestaja={id}. Anything unreadable falls back to the
 * default (this year's wheel, every category, every organizer).
 */
record CalendarParameters(Mode mode, int year, int month, Set<EventCategory> categories, UUID organizer) {

    static final String MODE = "nakyma";
    static final String YEAR = "vuosi";
    static final String MONTH = "kuukausi";
    static final String CATEGORY = "luokka";
    static final String ORGANIZER = "jarjestaja";

    /** The three ways to look at the year, by their names in the address. */
    enum Mode {
        WHEEL("kello"), LIST("lista"), MONTH("kuukausi");

        final String slug;

        Mode(String slug) {
            this.slug = slug;
        }
    }

    CalendarParameters {
        categories = categories.isEmpty() ? EnumSet.noneOf(EventCategory.class) : EnumSet.copyOf(categories);
    }

    static CalendarParameters of(QueryParameters query, LocalDate today) {
        Map<String, List<String>> values = query.getParameters();
        Mode mode = Mode.WHEEL;
        for (Mode candidate : Mode.values()) {
            if (candidate.slug.equals(first(values, MODE))) {
                mode = candidate;
            }
        }
        int year = number(first(values, YEAR), 1900, 2200, today.getYear());
        int month = number(first(values, MONTH), 1, 12, year == today.getYear() ? today.getMonthValue() : 1);
        Set<EventCategory> categories = EnumSet.noneOf(EventCategory.class);
        for (String value : values.getOrDefault(CATEGORY, List.of())) {
            for (String part : value.split(",")) {
                EventCategory.fromParameter(part).ifPresent(categories::add);
            }
        }
        UUID organizer = null;
        try {
            String value = first(values, ORGANIZER);
            organizer = value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            // an unreadable organizer narrows nothing
        }
        return new CalendarParameters(mode, year, month, categories, organizer);
    }

    CalendarParameters withMode(Mode mode) {
        return new CalendarParameters(mode, year, month, categories, organizer);
    }

    CalendarParameters withYear(int year) {
        return new CalendarParameters(mode, year, month, categories, organizer);
    }

    /** The month before or after, into the year before or after. */
    CalendarParameters plusMonths(int months) {
        LocalDate first = LocalDate.of(year, month, 1).plusMonths(months);
        return new CalendarParameters(mode, first.getYear(), first.getMonthValue(), categories, organizer);
    }

    CalendarParameters withCategories(Set<EventCategory> categories) {
        return new CalendarParameters(mode, year, month, categories, organizer);
    }

    CalendarParameters withOrganizer(UUID organizer) {
        return new CalendarParameters(mode, year, month, categories, organizer);
    }

    boolean narrowed() {
        return !categories.isEmpty() || organizer != null;
    }

    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(MODE, mode.slug);
        values.put(YEAR, String.valueOf(year));
        if (mode == Mode.MONTH) {
            values.put(MONTH, String.valueOf(month));
        }
        if (!categories.isEmpty()) {
            values.put(CATEGORY, String.join(",", categories.stream().map(EventCategory::slug).toList()));
        }
        if (organizer != null) {
            values.put(ORGANIZER, organizer.toString());
        }
        return values;
    }

    QueryParameters query() {
        return QueryParameters.simple(values());
    }

    /** The address of the view showing this, relative to the application. */
    String href() {
        List<String> parts = new ArrayList<>();
        values().forEach((key, value) -> parts.add(key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return VuosikelloView.ROUTE + "?" + String.join("&", parts);
    }

    /** The iCalendar feed of the categories chosen. */
    String feed() {
        return categories.isEmpty() ? "kalenteri.ics"
                : "kalenteri.ics?" + CATEGORY + "=" + String.join(",", categories.stream().map(EventCategory::slug).toList());
    }

    private static String first(Map<String, List<String>> values, String key) {
        List<String> list = values.get(key);
        return list == null || list.isEmpty() ? null : list.getFirst();
    }

    private static int number(String value, int min, int max, int fallback) {
        try {
            int number = value == null ? fallback : Integer.parseInt(value.trim());
            return number < min || number > max ? fallback : number;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
