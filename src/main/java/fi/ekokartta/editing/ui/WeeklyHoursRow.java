package fi.ekokartta.editing.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import fi.ekokartta.offering.OfferingContent;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** One row of weekly opening hours: the days, opening and closing time, a note. */
class WeeklyHoursRow extends Div {

    private final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>();
    private final TimePicker opens = new TimePicker();
    private final TimePicker closes = new TimePicker();
    private final TextField note = new TextField();

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
        if (hours != null) {
            days.setValue(days(hours.weekdays()));
            opens.setValue(hours.opens());
            closes.setValue(hours.closes());
            note.setValue(hours.note() == null ? "" : hours.note());
        }
        days.addValueChangeListener(change -> changed.run());
        opens.addValueChangeListener(change -> changed.run());
        closes.addValueChangeListener(change -> changed.run());
        note.addValueChangeListener(change -> changed.run());
        Button removeButton = new Button(getTranslation("editor.hours.remove"), click -> remove.run());
        removeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        add(days, opens, closes, note, removeButton);
    }

    OfferingContent.Hours value() {
        String codes = days.getValue().stream().sorted().map(WeeklyHoursRow::code).collect(Collectors.joining(","));
        return OfferingContent.Hours.weekly(codes.isEmpty() ? null : codes, opens.getValue(), closes.getValue(),
                note.getValue().isBlank() ? null : note.getValue().strip());
    }

    Map<String, HasValidation> errorTargets(String prefix) {
        Map<String, HasValidation> targets = new LinkedHashMap<>();
        targets.put(prefix, days);
        targets.put(prefix + ".weekdays", days);
        targets.put(prefix + ".opens", opens);
        targets.put(prefix + ".closes", closes);
        targets.put(prefix + ".note", note);
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
