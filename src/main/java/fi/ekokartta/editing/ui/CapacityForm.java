package fi.ekokartta.editing.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.base.i18n.Language;
import fi.ekokartta.base.ui.LocalizedTextFields;
import fi.ekokartta.offering.CapacityUnit;
import fi.ekokartta.offering.OfferingContent;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A capacity figure of the service (HSDS 3.1 service_capacity): what it counts, the number now, the
 * most there can be and a short note; the moment it last changed is shown, not edited.
 */
class CapacityForm extends Div {

    private final UUID id;
    private final Instant updated;
    private final Select<CapacityUnit> unit = new Select<>();
    private final IntegerField available = new IntegerField();
    private final IntegerField maximum = new IntegerField();
    private final LocalizedTextFields description;

    CapacityForm(OfferingContent.Capacity capacity, Runnable changed, Runnable remove) {
        this.id = capacity == null ? null : capacity.id();
        this.updated = capacity == null ? null : capacity.updated();
        addClassName("capacity-form");
        unit.setLabel(getTranslation("editor.capacity.unit"));
        unit.setItems(CapacityUnit.values());
        unit.setItemLabelGenerator(value -> getTranslation("capacity.unit." + value.name()));
        unit.setRequiredIndicatorVisible(true);
        available.setLabel(getTranslation("editor.capacity.available"));
        available.setRequiredIndicatorVisible(true);
        available.setMin(0);
        maximum.setLabel(getTranslation("editor.capacity.maximum"));
        maximum.setMin(0);
        description = LocalizedTextFields.line("description", getTranslation("editor.capacity.description"), false);
        if (capacity != null) {
            unit.setValue(capacity.unit());
            available.setValue(capacity.available());
            maximum.setValue(capacity.maximum());
            description.setValue(capacity.description());
        }
        for (IntegerField number : new IntegerField[]{available, maximum}) {
            number.setValueChangeMode(ValueChangeMode.LAZY);
            number.addValueChangeListener(change -> changed.run());
        }
        unit.addValueChangeListener(change -> changed.run());
        description.addChangeListener(changed);
        Button removeButton = new Button(getTranslation("editor.capacity.remove"), click -> remove.run());
        removeButton.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        add(unit, available, maximum, description);
        if (updated != null) {
            Span when = new Span(getTranslation("editor.capacity.updated", FinnishDates.dateTime(
                    LocalDateTime.ofInstant(updated, FinnishDates.FINNISH_TIME), Language.of(getLocale()))));
            when.addClassName("capacity-updated");
            add(when);
        }
        add(removeButton);
    }

    OfferingContent.Capacity value() {
        return new OfferingContent.Capacity(id, unit.getValue(), available.getValue(), maximum.getValue(),
                description.getValue(), updated);
    }

    Map<String, HasValidation> errorTargets(String prefix) {
        Map<String, HasValidation> targets = new LinkedHashMap<>();
        targets.put(prefix + ".unit", unit);
        targets.put(prefix + ".available", available);
        targets.put(prefix + ".maximum", maximum);
        targets.putAll(description.errorTargets(prefix + ".description"));
        return targets;
    }
}
