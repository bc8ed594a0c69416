package fi.ekokartta.editing.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import fi.ekokartta.base.ui.EditorDates;
import fi.ekokartta.base.ui.FieldText;
import fi.ekokartta.base.ui.LocalizedTextFields;
import fi.ekokartta.offering.OfferingContent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A price of the service (HSDS cost_option): who it is for, the sum in a currency (euros unless
 * told otherwise), what the sum buys and the period it applies to.
 */
class CostOptionForm extends Div {

    private final UUID id;
    private final LocalizedTextFields option;
    private final BigDecimalField amount = new BigDecimalField();
    private final TextField currency = new TextField();
    private final LocalizedTextFields amountDescription;
    private final DatePicker validFrom;
    private final DatePicker validTo;

    CostOptionForm(OfferingContent.CostOption cost, Runnable changed, Runnable remove) {
        this.id = cost == null ? null : cost.id();
        addClassName("cost-option-form");
        option = LocalizedTextFields.line("option", getTranslation("editor.cost.option"), false);
        amount.setLabel(getTranslation("editor.cost.amount"));
        currency.setLabel(getTranslation("editor.cost.currency"));
        currency.setMaxLength(3);
        currency.setPlaceholder("EUR");
        amountDescription = LocalizedTextFields.line("amountDescription", getTranslation("editor.cost.amount-description"), false);
        validFrom = EditorDates.picker(getTranslation("editor.cost.valid-from"), getLocale());
        validTo = EditorDates.picker(getTranslation("editor.cost.valid-to"), getLocale());
        if (cost != null) {
            option.setValue(cost.option());
            amount.setValue(cost.amount());
            currency.setValue(cost.currency() == null ? "" : cost.currency());
            amountDescription.setValue(cost.amountDescription());
            validFrom.setValue(cost.validFrom());
            validTo.setValue(cost.validTo());
        }
        amount.setValueChangeMode(ValueChangeMode.LAZY);
        currency.setValueChangeMode(ValueChangeMode.LAZY);
        amount.addValueChangeListener(change -> changed.run());
        currency.addValueChangeListener(change -> changed.run());
        validFrom.addValueChangeListener(change -> changed.run());
        validTo.addValueChangeListener(change -> changed.run());
        option.addChangeListener(changed);
        amountDescription.addChangeListener(changed);
        Button removeButton = new Button(getTranslation("editor.cost.remove"), click -> remove.run());
        removeButton.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Div sum = new Div(amount, currency);
        sum.addClassName("editor-row");
        Div period = new Div(validFrom, validTo);
        period.addClassName("editor-row");
        add(option, sum, amountDescription, period, removeButton);
    }

    OfferingContent.CostOption value() {
        return new OfferingContent.CostOption(id, option.getValue(), amount.getValue(),
                FieldText.blankToNull(currency.getValue()), amountDescription.getValue(), validFrom.getValue(),
                validTo.getValue());
    }

    Map<String, HasValidation> errorTargets(String prefix) {
        Map<String, HasValidation> targets = new LinkedHashMap<>();
        targets.putAll(option.errorTargets(prefix + ".option"));
        targets.put(prefix + ".amount", amount);
        targets.put(prefix + ".currency", currency);
        targets.putAll(amountDescription.errorTargets(prefix + ".amountDescription"));
        targets.put(prefix + ".validTo", validTo);
        return targets;
    }
}
