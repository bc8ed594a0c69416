package fi.ekokartta.calendar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.base.i18n.Language;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import fi.ekokartta.calendar.EventDetails;
import fi.ekokartta.calendar.EventEditing;
import fi.ekokartta.calendar.EventOccurrence;
import fi.ekokartta.calendar.Occurrences;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * One event of the vuosikello with all it says: when (the date it was opened from, ?pvm=, and the
 * next dates of a repeating event), category, place and online link, organizer, participating
 * actors, forum and description, and the event as an .ics file to add to one's own calendar.
 */
@Route(EventView.ROUTE)
@AnonymousAllowed
public class EventView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    static final String ROUTE = "vuosikello/tapahtuma";
    static final String DATE = "pvm";

    private final Occurrences occurrences;
    private final EventEditing editing;
    private String title = "";

    EventView(Occurrences occurrences, EventEditing editing) {
        this.occurrences = occurrences;
        this.editing = editing;
        addClassNames("page", "calendar-event-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        EventDetails details;
        try {
            details = occurrences.details(UUID.fromString(parameter)).orElseThrow(() -> new NotFoundException("No event " + parameter));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No event " + parameter);
        }
        LocalDate date = event.getLocation().getQueryParameters().getSingleParameter(DATE).map(value -> {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                return null;
            }
        }).orElse(null);
        render(details, date);
    }

    private void render(EventDetails event, LocalDate date) {
        removeAll();
        Locale locale = getLocale();
        Language language = Language.of(locale);
        title = event.title().get(locale);
        LocalDateTime start = event.start();
        if (date != null && !date.equals(start.toLocalDate())) {
            boolean occurs = !Occurrences.starts(start, event.recurrence(), date, date.plusDays(1)).isEmpty();
            if (occurs) {
                start = date.atTime(start.toLocalTime());
            }
        }
        LocalDateTime end = event.end() == null ? null : start.plus(java.time.Duration.between(event.start(), event.end()));
        Anchor back = new Anchor(VuosikelloView.ROUTE + "?" + CalendarParameters.YEAR + "=" + start.getYear(),
                "‹ " + getTranslation("calendar.event.back"));
        back.addClassName("back-link");
        Svg symbol = new Svg(CategoryStyle.symbol(event.category()));
        symbol.addClassName("legend-symbol");
        Span category = new Span(symbol, new Span(getTranslation("calendar.category." + event.category().name())));
        category.addClassNames("occurrence-category", CategoryStyle.cssClass(event.category()));
        add(back, new H1(title), category);
        if (editing.canEdit(event.id())) {
            Button edit = new Button(getTranslation("calendar.edit.edit"), VaadinIcon.EDIT.create(),
                    click -> new EventDialog(editing, editing.load(event.id()), id -> {
                        Notification.show(getTranslation("calendar.edit.saved"));
                        occurrences.details(id).ifPresentOrElse(changed -> render(changed, date),
                                () -> UI.getCurrent().navigate(VuosikelloView.class));
                    }, () -> {
                        Notification.show(getTranslation("calendar.edit.deleted"));
                        UI.getCurrent().navigate(VuosikelloView.class);
                    }).open());
            edit.addClassName("calendar-event-edit");
            add(edit);
        }
        if (!event.publicEvent()) {
            Paragraph internal = new Paragraph(getTranslation("calendar.event.internal"));
            internal.addClassName("calendar-internal");
            add(internal);
        }
        DescriptionList facts = new DescriptionList();
        facts.addClassName("calendar-event-facts");
        fact(facts, "calendar.event.when", new Span(when(start, end, language)));
        if (event.recurrence() != null && !event.recurrence().isBlank()) {
            fact(facts, "calendar.event.repeats", next(event, locale));
        }
        if (event.location() != null && !event.location().isBlank()) {
            fact(facts, "calendar.event.place", new Span(event.location()));
        }
        if (event.onlineUrl() != null && !event.onlineUrl().isBlank()) {
            Anchor online = new Anchor(event.onlineUrl(), event.onlineUrl());
            online.setRouterIgnore(true);
            fact(facts, "calendar.event.online", online);
        }
        if (event.organizer() != null) {
            fact(facts, "calendar.event.organizer", new Anchor("toimija/" + event.organizer().id(), event.organizer().name().get(locale)));
        }
        if (!event.participants().isEmpty()) {
            UnorderedList participants = new UnorderedList();
            participants.addClassName("calendar-participants");
            event.participants().forEach(actor -> participants.add(new ListItem(new Anchor("toimija/" + actor.id(), actor.name().get(locale)))));
            fact(facts, "calendar.event.participants", participants);
        }
        if (event.forumName() != null) {
            fact(facts, "calendar.event.forum", new Span(event.forumName().get(locale)));
        }
        add(facts);
        String description = event.description().get(locale);
        if (description != null && !description.isBlank()) {
            add(new H2(getTranslation("calendar.event.description")), new Paragraph(description));
        }
        Anchor ics = new Anchor("kalenteri/" + event.id() + ".ics?lang=" + language.code(), getTranslation("calendar.event.add"));
        ics.setRouterIgnore(true);
        ics.addClassName("calendar-feed");
        add(new Paragraph(ics));
    }

    private Component next(EventDetails event, Locale locale) {
        LocalDate today = FinnishDates.today();
        List<EventOccurrence> upcoming = occurrences.between(today, today.plusYears(1), true).stream()
                .filter(occurrence -> occurrence.kind() == EventOccurrence.Kind.EVENT && occurrence.eventId().equals(event.id())).limit(6).toList();
        Div next = new Div();
        if (upcoming.isEmpty()) {
            next.add(new Span(getTranslation("calendar.event.no-next")));
            return next;
        }
        next.add(new Span(getTranslation("calendar.event.next")));
        UnorderedList dates = new UnorderedList();
        dates.addClassName("calendar-next-dates");
        upcoming.forEach(occurrence -> dates.add(new ListItem(new Anchor(
                ROUTE + "/" + event.id() + "?" + DATE + "=" + occurrence.date(), FinnishDates.date(occurrence.date())))));
        next.add(dates);
        return next;
    }

    private String when(LocalDateTime start, LocalDateTime end, Language language) {
        boolean allDay = start.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) && (end == null || end.equals(start));
        if (allDay) {
            return FinnishDates.date(start.toLocalDate());
        }
        String text = FinnishDates.dateTime(start, language);
        if (end != null) {
            text += end.toLocalDate().equals(start.toLocalDate())
                    ? "–" + end.getHour() + "." + String.format("%02d", end.getMinute())
                    : " – " + FinnishDates.dateTime(end, language);
        }
        return text;
    }

    private void fact(DescriptionList list, String key, Component value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("calendar.page-title");
    }
}
