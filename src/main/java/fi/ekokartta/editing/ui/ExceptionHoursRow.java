package fi.ekokartta.editing.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import fi.ekokartta.base.ui.EditorDates;
import fi.ekokartta.offering.OfferingContent;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The hours of one date that differ from the weekly ones: closed all day, or other times. */
class ExceptionHoursRow extends Div {

    private final DatePicker date;
    private final Checkbox closed = new Checkbox();
    private final TimePicker opens = new TimePicker();
    private final TimePicker closes = new TimePicker();
    private final TextField note = new TextField();

    ExceptionHoursRow(OfferingContent.Hours hours, Runnable changed, Runnable remove) {
        addClassName("hours-row");
        date = EditorDates.picker(getTranslation("editor.hours.date"), getLocale());
        closed.setLabel(getTranslation("editor.hours.closed"));
        opens.setLabel(getTranslation("editor.hours.opens"));
        closes.setLabel(getTranslation("editor.hours.closes"));
        for (TimePicker time : new TimePicker[] {opens, closes}) {
            time.setStep(Duration.ofMinutes(15));
            time.setLocale(getLocale());
        }
        note.setLabel(getTranslation("editor.hours.exception-note"));
        closed.setValue(true);
        if (hours != null) {
            date.setValue(hours.date());
            closed.setValue(hours.opens() == null && hours.closes() == null);
            opens.setValue(hours.opens());
            closes.setValue(hours.closes());
            note.setValue(hours.note() == null ? "" : hours.note());
        }
        showTimes();
        closed.addValueChangeListener(change -> {
            showTimes();
            changed.run();
        });
        date.addValueChangeListener(change -> changed.run());
        opens.addValueChangeListener(change -> changed.run());
        closes.addValueChangeListener(change -> changed.run());
        note.addValueChangeListener(change -> changed.run());
        Button removeButton = new Button(getTranslation("editor.hours.remove"), click -> remove.run());
        removeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        add(date, closed, opens, closes, note, removeButton);
    }

    private void showTimes() {
        opens.setVisible(!closed.getValue());
        closes.setVisible(!closed.getValue());
    }

    OfferingContent.Hours value() {
        boolean allDay = closed.getValue();
        return new OfferingContent.Hours(null, allDay ? null : opens.getValue(), allDay ? null : closes.getValue(),
                note.getValue().isBlank() ? null : note.getValue().strip(), date.getValue());
    }

    Map<String, HasValidation> errorTargets(String prefix) {
        Map<String, HasValidation> targets = new LinkedHashMap<>();
        targets.put(prefix, date);
        targets.put(prefix + ".weekdays", date);
        targets.put(prefix + ".opens", opens);
        targets.put(prefix + ".closes", closes);
        targets.put(prefix + ".note", note);
        return targets;
    }

    DatePicker date() {
        return date;
    }

    Checkbox closed() {
        return closed;
    }
}
