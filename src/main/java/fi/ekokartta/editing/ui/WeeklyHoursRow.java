package fi.ekokartta.editing.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import fi.ekokartta.base.ui.EditorDates;
import fi.ekokartta.directory.ScheduleText;
import fi.ekokartta.offering.OfferingContent;
import fi.ekokartta.offering.ScheduleRule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One row of weekly opening hours: the days, opening and closing time, a note and the period they
 * are valid. The rest of an imported schedule is kept as it came; a recurrence beyond every week
 * ("joka kuukauden 1. päivä") is shown in words and its days cannot be changed here.
 */
class WeeklyHoursRow extends Div {

    private final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>();
    private final TimePicker opens = new TimePicker();
    private final TimePicker closes = new TimePicker();
    private final TextField note = new TextField();
    private final DatePicker validFrom;
    private final DatePicker validTo;
    private final ScheduleRule rule;
    private final String weekdays;

    WeeklyHoursRow(OfferingContent.Hours hours, Runnable changed, Runnable remove) {
        addClassName("hours-row");
        days.setLabel(getTranslation("editor.hours.days"));
        days.setItems(DayOfWeek.values());
        days.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.SHORT_STANDALONE, getLocale()));
        opens.setLabel(getTranslation("editor.hours.opens"));
        closes.setLabel(getTranslation("editor.hours.closes"));
        for (TimePicker time : new TimePicker[] {opens, closes}) {
            time.setStep(Duration.ofMinutes(15));
            time.setLocale(getLocale());
        }
        note.setLabel(getTranslation("editor.hours.note"));
        validFrom = EditorDates.picker(getTranslation("editor.hours.valid-from"), getLocale());
        validTo = EditorDates.picker(getTranslation("editor.hours.valid-to"), getLocale());
        rule = hours == null ? ScheduleRule.WEEKLY : hours.rule();
        weekdays = hours == null ? null : hours.weekdays();
        if (hours != null) {
            days.setValue(days(hours.weekdays()));
            opens.setValue(hours.opens());
            closes.setValue(hours.closes());
            note.setValue(hours.note() == null ? "" : hours.note());
            validFrom.setValue(rule.validFrom());
            validTo.setValue(rule.validTo());
        }
        days.setReadOnly(!rule.isPlainWeekly());
        days.addValueChangeListener(change -> changed.run());
        validFrom.addValueChangeListener(change -> changed.run());
        validTo.addValueChangeListener(change -> changed.run());
        opens.addValueChangeListener(change -> changed.run());
        closes.addValueChangeListener(change -> changed.run());
        note.addValueChangeListener(change -> changed.run());
        Button removeButton = new Button(getTranslation("editor.hours.remove"), click -> remove.run());
        removeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        add(days, opens, closes, note, validFrom, validTo, removeButton);
        if (!rule.isPlainWeekly()) {
            Paragraph repeats = new Paragraph(getTranslation("editor.hours.rule", ScheduleText.when(weekdays, null, null,
                    rule.withValidity(null, null), getLocale(), (key, args) -> getTranslation(key, args))));
            repeats.addClassName("hours-rule");
            add(repeats);
        }
    }

    /** The row as edited; what it does not show of its schedule, as it was loaded. */
    OfferingContent.Hours value() {
        String codes = days.getValue().stream().sorted().map(WeeklyHoursRow::code).collect(Collectors.joining(","));
        return new OfferingContent.Hours(rule.isPlainWeekly() ? (codes.isEmpty() ? null : codes) : weekdays,
                opens.getValue(), closes.getValue(), note.getValue().isBlank() ? null : note.getValue().strip(), null,
                rule.withValidity(validFrom.getValue(), validTo.getValue()));
    }

    Map<String, HasValidation> errorTargets(String prefix) {
        Map<String, HasValidation> targets = new LinkedHashMap<>();
        targets.put(prefix, days);
        targets.put(prefix + ".weekdays", days);
        targets.put(prefix + ".opens", opens);
        targets.put(prefix + ".closes", closes);
        targets.put(prefix + ".note", note);
        targets.put(prefix + ".validTo", validTo);
        return targets;
    }

    CheckboxGroup<DayOfWeek> days() {
        return days;
    }

    TimePicker opens() {
        return opens;
    }

    TimePicker closes() {
        return closes;
    }

    private static String code(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    private static Set<DayOfWeek> days(String codes) {
        Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
        if (codes != null) {
            Arrays.stream(codes.split(",")).map(String::strip).forEach(code -> Arrays.stream(DayOfWeek.values())
                    .filter(day -> code(day).equals(code)).forEach(chosen::add));
        }
        return chosen;
    }
}
