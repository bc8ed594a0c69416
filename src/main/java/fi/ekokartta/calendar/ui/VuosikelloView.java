package fi.ekokartta.calendar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.base.i18n.Language;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import fi.ekokartta.calendar.EventCategory;
import fi.ekokartta.calendar.EventEditing;
import fi.ekokartta.calendar.EventOccurrence;
import fi.ekokartta.calendar.Occurrences;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Vuosikello: the year's events of the cooperation calendar as the Finnish year wheel, as a list by
 * month and as a month's calendar grid, narrowed by category and organizer; the address keeps the
 * view, year and filters so that any view can be linked and subscribed to (the feed of the same
 * categories). The public sees public events; signed-in staff all.
 */
@Route(VuosikelloView.ROUTE)
@AnonymousAllowed
@Menu(title = "menu.calendar", order = 12, icon = "vaadin:calendar")
public class VuosikelloView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "vuosikello";

    private final Occurrences occurrences;
    private final EventEditing editing;
    private final H1 title = new H1();
    private final Nav modes = new Nav();
    private final Nav years = new Nav();
    private final CheckboxGroup<EventCategory> categoryFilter = new CheckboxGroup<>();
    private final Select<UUID> organizerFilter = new Select<>();
    private final Div filters = new Div();
    private final Paragraph summary = new Paragraph();
    private final Div content = new Div();
    private final Map<UUID, String> organizerNames = new LinkedHashMap<>();
    private CalendarParameters shown;
    private List<EventOccurrence> visible = List.of();
    private String wheel;
    private boolean updating;

    VuosikelloView(Occurrences occurrences, EventEditing editing) {
        this.occurrences = occurrences;
        this.editing = editing;
        addClassNames("page", "calendar-page");
        modes.addClassName("calendar-modes");
        years.addClassName("calendar-years");
        categoryFilter.setLabel(getTranslation("calendar.filter.categories"));
        categoryFilter.setItems(EventCategory.values());
        categoryFilter.setItemLabelGenerator(category -> getTranslation("calendar.category." + category.name()));
        categoryFilter.addClassName("calendar-category-filter");
        organizerFilter.setLabel(getTranslation("calendar.filter.organizer"));
        organizerFilter.setEmptySelectionAllowed(true);
        organizerFilter.setEmptySelectionCaption(getTranslation("calendar.filter.organizer.all"));
        organizerFilter.setItemLabelGenerator(id -> id == null ? getTranslation("calendar.filter.organizer.all")
                : organizerNames.getOrDefault(id, ""));
        categoryFilter.addValueChangeListener(event -> {
            if (!updating) {
                go(shown.withCategories(event.getValue()));
            }
        });
        organizerFilter.addValueChangeListener(event -> {
            if (!updating) {
                go(shown.withOrganizer(event.getValue()));
            }
        });
        filters.addClassName("calendar-filters");
        filters.add(categoryFilter, organizerFilter);
        summary.addClassName("calendar-summary");
        content.addClassName("calendar-content");
        Paragraph lead = new Paragraph(getTranslation("calendar.lead"));
        lead.addClassName("lead");
        add(title, lead);
        if (editing.canCreate()) {
            Button create = new Button(getTranslation("calendar.edit.new"), VaadinIcon.PLUS.create(),
                    click -> new EventDialog(editing, null, id -> {
                        Notification.show(getTranslation("calendar.edit.saved"));
                        render();
                    }, this::render).open());
            create.addClassName("calendar-new-event");
            add(create);
        }
        add(modes, years, filters, summary, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        shown = CalendarParameters.of(event.getLocation().getQueryParameters(), FinnishDates.today());
        render();
    }

    private void go(CalendarParameters parameters) {
        UI.getCurrent().navigate(VuosikelloView.class, parameters.query());
    }

    private void render() {
        Locale locale = getLocale();
        List<EventOccurrence> year = occurrences.inYear(shown.year());
        organizerNames.clear();
        year.stream().filter(occurrence -> occurrence.organizerId() != null)
                .sorted(Comparator.comparing(occurrence -> occurrence.organizerName().get(locale)))
                .forEach(occurrence -> organizerNames.putIfAbsent(occurrence.organizerId(), occurrence.organizerName().get(locale)));
        visible = year.stream()
                .filter(occurrence -> shown.categories().isEmpty() || shown.categories().contains(occurrence.category()))
                .filter(occurrence -> shown.organizer() == null || shown.organizer().equals(occurrence.organizerId()))
                .toList();
        updating = true;
        try {
            categoryFilter.setValue(shown.categories());
            List<UUID> organizers = new ArrayList<>(organizerNames.keySet());
            if (shown.organizer() != null && !organizers.contains(shown.organizer())) {
                organizers.add(shown.organizer());
            }
            organizerFilter.setItems(organizers);
            organizerFilter.setValue(shown.organizer());
        } finally {
            updating = false;
        }
        title.setText(getTranslation("calendar.title", String.valueOf(shown.year())));
        renderModes();
        renderYears();
        summary.removeAll();
        summary.add(new Span(getTranslation("calendar.count", visible.size(), String.valueOf(shown.year())) + " "));
        if (shown.narrowed()) {
            summary.add(new Anchor(shown.withCategories(Set.of()).withOrganizer(null).href(), getTranslation("calendar.filter.clear")));
            summary.add(new Span(" · "));
        }
        Anchor feed = new Anchor(shown.feed(), getTranslation("calendar.subscribe"));
        feed.setRouterIgnore(true);
        feed.addClassName("calendar-feed");
        feed.setTitle(getTranslation("calendar.subscribe.help"));
        summary.add(feed);
        content.removeAll();
        wheel = null;
        if (visible.isEmpty()) {
            content.add(new Paragraph(getTranslation("calendar.none")));
        }
        switch (shown.mode()) {
            case WHEEL -> content.add(wheel(locale));
            case LIST -> content.add(list(locale));
            case MONTH -> content.add(month(locale));
        }
    }

    private void renderModes() {
        modes.removeAll();
        modes.getElement().setAttribute("aria-label", getTranslation("calendar.view.label"));
        for (CalendarParameters.Mode mode : CalendarParameters.Mode.values()) {
            Anchor link = new Anchor(shown.withMode(mode).href(), getTranslation("calendar.view." + mode.slug));
            link.addClassName("calendar-mode");
            if (mode == shown.mode()) {
                link.getElement().setAttribute("aria-current", "page");
            }
            modes.add(link);
        }
    }

    private void renderYears() {
        years.removeAll();
        years.getElement().setAttribute("aria-label", getTranslation("calendar.year.nav"));
        if (shown.mode() == CalendarParameters.Mode.MONTH) {
            Month month = Month.of(shown.month());
            years.add(new Anchor(shown.plusMonths(-1).href(), "‹ " + getTranslation("calendar.month.previous")),
                    monthName(month, shown.year()),
                    new Anchor(shown.plusMonths(1).href(), getTranslation("calendar.month.next") + " ›"));
        } else {
            Span current = new Span(String.valueOf(shown.year()));
            current.addClassName("calendar-year-current");
            years.add(new Anchor(shown.withYear(shown.year() - 1).href(), "‹ " + getTranslation("calendar.year.previous", String.valueOf(shown.year() - 1))),
                    current, new Anchor(shown.withYear(shown.year() + 1).href(), getTranslation("calendar.year.next", String.valueOf(shown.year() + 1)) + " ›"));
        }
    }

    private Span monthName(Month month, int year) {
        Span name = new Span(YearWheel.capitalized(month.getDisplayName(TextStyle.FULL_STANDALONE, getLocale()), getLocale()) + " " + year);
        name.addClassName("calendar-year-current");
        return name;
    }

    private Component wheel(Locale locale) {
        List<EventCategory> rings = Arrays.stream(EventCategory.values())
                .filter(category -> visible.stream().anyMatch(occurrence -> occurrence.category() == category)).toList();
        String summaryText = getTranslation("calendar.wheel.label", String.valueOf(shown.year()), visible.size());
        wheel = YearWheel.svg(shown.year(), visible, rings, FinnishDates.today(), locale, summaryText, this::href, this::label,
                getTranslation("calendar.wheel.today", FinnishDates.date(FinnishDates.today())),
                getTranslation("calendar.wheel.count", visible.size()));
        Svg picture = new Svg(wheel);
        picture.addClassName("year-wheel");
        Section legend = new Section(new H2(getTranslation("calendar.legend.title")));
        legend.addClassName("calendar-legend");
        UnorderedList items = new UnorderedList();
        int ring = 1;
        for (EventCategory category : rings) {
            long count = visible.stream().filter(occurrence -> occurrence.category() == category).count();
            Svg symbol = new Svg(CategoryStyle.symbol(category));
            symbol.addClassName("legend-symbol");
            ListItem item = new ListItem(symbol, new Span(getTranslation("calendar.category." + category.name())),
                    new Span(" – " + getTranslation("calendar.legend.ring", ring++, count)));
            item.addClassName(CategoryStyle.cssClass(category));
            items.add(item);
        }
        if (FinnishDates.today().getYear() == shown.year()) {
            Span line = new Span();
            line.addClassName("legend-today-line");
            line.getElement().setAttribute("aria-hidden", "true");
            items.add(new ListItem(line, new Span(getTranslation("calendar.legend.today"))));
        }
        legend.add(items, new Paragraph(getTranslation("calendar.legend.help")));
        Div layout = new Div(picture, legend);
        layout.addClassName("year-wheel-layout");
        return layout;
    }

    private Component list(Locale locale) {
        Div list = new Div();
        list.addClassName("calendar-list");
        Map<Month, List<EventOccurrence>> byMonth = visible.stream().collect(Collectors.groupingBy(
                occurrence -> occurrence.date().getMonth(), TreeMap::new, Collectors.toList()));
        byMonth.forEach((month, monthOccurrences) -> {
            Section section = new Section(new H2(monthName(month, shown.year()).getText()));
            section.addClassName("calendar-list-month");
            UnorderedList items = new UnorderedList();
            items.addClassName("occurrence-list");
            monthOccurrences.forEach(occurrence -> items.add(item(occurrence, locale, true)));
            section.add(items);
            list.add(section);
        });
        return list;
    }

    private ListItem item(EventOccurrence occurrence, Locale locale, boolean withDate) {
        ListItem item = new ListItem();
        item.addClassNames("occurrence", CategoryStyle.cssClass(occurrence.category()));
        Paragraph when = new Paragraph(withDate ? when(occurrence) : time(occurrence));
        when.addClassName("occurrence-when");
        Anchor name = new Anchor(href(occurrence), occurrence.title().get(locale));
        name.addClassName("occurrence-title");
        Svg symbol = new Svg(CategoryStyle.symbol(occurrence.category()));
        symbol.addClassName("legend-symbol");
        Span category = new Span(symbol, new Span(getTranslation("calendar.category." + occurrence.category().name())));
        category.addClassName("occurrence-category");
        item.add(when, name, category);
        if (occurrence.location() != null && !occurrence.location().isBlank()) {
            Paragraph place = new Paragraph(occurrence.location());
            place.addClassName("occurrence-place");
            item.add(place);
        }
        if (occurrence.onlineUrl() != null && !occurrence.onlineUrl().isBlank()) {
            Anchor online = new Anchor(occurrence.onlineUrl(), getTranslation("calendar.online.link"));
            online.setRouterIgnore(true);
            online.addClassName("occurrence-online");
            item.add(new Paragraph(online));
        }
        if (occurrence.organizerName() != null) {
            Paragraph organizer = new Paragraph(getTranslation("calendar.organizer", occurrence.organizerName().get(locale)));
            organizer.addClassName("occurrence-organizer");
            item.add(organizer);
        }
        return item;
    }

    private Component month(Locale locale) {
        LocalDate first = LocalDate.of(shown.year(), shown.month(), 1);
        List<EventOccurrence> inMonth = visible.stream().filter(occurrence -> occurrence.date().getMonthValue() == shown.month()).toList();
        Map<LocalDate, List<EventOccurrence>> byDay = inMonth.stream().collect(Collectors.groupingBy(
                EventOccurrence::date, TreeMap::new, Collectors.toList()));
        LocalDate today = FinnishDates.today();
        NativeTable table = new NativeTable();
        table.addClassName("month-grid");
        table.setCaptionText(monthName(first.getMonth(), shown.year()).getText());
        NativeTableRow head = table.getHead().addRow();
        for (DayOfWeek day : DayOfWeek.values()) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(day.getDisplayName(TextStyle.SHORT_STANDALONE, locale));
            cell.getElement().setAttribute("scope", "col");
            cell.getElement().setAttribute("abbr", day.getDisplayName(TextStyle.FULL_STANDALONE, locale));
        }
        LocalDate day = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = first.with(TemporalAdjusters.lastDayOfMonth());
        while (!day.isAfter(last)) {
            NativeTableRow week = table.getBody().addRow();
            for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
                NativeTableCell cell = week.addDataCell();
                if (day.getMonthValue() != shown.month()) {
                    cell.addClassName("outside");
                    continue;
                }
                Span number = new Span(String.valueOf(day.getDayOfMonth()));
                number.addClassName("day-number");
                cell.add(number);
                if (day.equals(today)) {
                    cell.addClassName("today");
                    cell.getElement().setAttribute("aria-current", "date");
                }
                List<EventOccurrence> events = byDay.getOrDefault(day, List.of());
                if (!events.isEmpty()) {
                    UnorderedList items = new UnorderedList();
                    events.forEach(occurrence -> {
                        Anchor link = new Anchor(href(occurrence), (occurrence.allDay() ? "" : time(occurrence) + " ")
                                + occurrence.title().get(locale));
                        link.getElement().setAttribute("title", getTranslation("calendar.category." + occurrence.category().name()));
                        ListItem item = new ListItem(new Svg(CategoryStyle.symbol(occurrence.category())), link);
                        item.addClassName(CategoryStyle.cssClass(occurrence.category()));
                        items.add(item);
                    });
                    cell.add(items);
                }
            }
        }
        Div grid = new Div(table);
        grid.addClassName("month-grid-scroll");
        OrderedList days = new OrderedList();
        days.addClassName("month-days");
        byDay.forEach((date, events) -> {
            ListItem dayItem = new ListItem();
            Paragraph heading = new Paragraph(date.getDayOfWeek().getDisplayName(TextStyle.SHORT_STANDALONE, locale) + " "
                    + FinnishDates.date(date));
            heading.addClassName("month-day-heading");
            UnorderedList items = new UnorderedList();
            items.addClassName("occurrence-list");
            events.forEach(occurrence -> items.add(item(occurrence, locale, false)));
            dayItem.add(heading, items);
            days.add(dayItem);
        });
        Div month = new Div(grid);
        month.addClassName("calendar-month");
        if (!inMonth.isEmpty()) {
            month.add(days);
        } else if (!visible.isEmpty()) {
            month.add(new Paragraph(getTranslation("calendar.month.none")));
        }
        return month;
    }

    String href(EventOccurrence occurrence) {
        return occurrence.link();
    }

    private String label(EventOccurrence occurrence) {
        return occurrence.title().get(getLocale()) + ", " + when(occurrence) + " ("
                + getTranslation("calendar.category." + occurrence.category().name()) + ")";
    }

    private String when(EventOccurrence occurrence) {
        String date = FinnishDates.date(occurrence.date());
        return occurrence.allDay() ? date : FinnishDates.dateTime(occurrence.start().toLocalDateTime(), Language.of(getLocale()))
                + (occurrence.end() != null && occurrence.end().toLocalDate().equals(occurrence.date())
                ? "–" + time(occurrence.end().toLocalTime()) : "");
    }

    private String time(EventOccurrence occurrence) {
        if (occurrence.allDay()) {
            return getTranslation("calendar.all-day");
        }
        return time(occurrence.start().toLocalTime()) + (occurrence.end() != null && occurrence.end().toLocalDate().equals(occurrence.date())
                ? "–" + time(occurrence.end().toLocalTime()) : "");
    }

    private static String time(java.time.LocalTime time) {
        return time.getHour() + "." + String.format("%02d", time.getMinute());
    }

    /** The wheel's SVG as drawn, for tests; null unless the wheel is shown. */
    String wheel() {
        return wheel;
    }

    /** The occurrences shown after filtering, for tests. */
    List<EventOccurrence> shown() {
        return visible;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.page-title");
    }
}
