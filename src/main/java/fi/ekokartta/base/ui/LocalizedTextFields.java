package fi.ekokartta.base.ui;

import com.vaadin.flow.component.AbstractField.ComponentValueChangeEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import fi.ekokartta.base.domain.LocalizedText;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One text in Finnish, Swedish and English side by side (stacked on a phone): "Nimi (suomi)",
 * "Nimi (ruotsi)", "Nimi (englanti)". The Finnish one may be marked required. Errors are shown
 * on the language's own field, by the field name the server gives ("name.fi").
 */
public class LocalizedTextFields extends Div {

    public static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    private final String field;
    private final Map<String, HasValue<?, String>> inputs = new LinkedHashMap<>();

    private LocalizedTextFields(String field, String label, boolean finnishRequired, boolean multiLine) {
        this.field = field;
        addClassName("localized-fields");
        for (String language : LANGUAGES) {
            String languageLabel = label + " (" + getTranslation("editor.language." + language) + ")";
            Component input;
            if (multiLine) {
                TextArea area = new TextArea(languageLabel);
                area.setValueChangeMode(ValueChangeMode.LAZY);
                area.setRequiredIndicatorVisible(finnishRequired && language.equals("fi"));
                input = area;
                inputs.put(language, area);
            } else {
                TextField text = new TextField(languageLabel);
                text.setValueChangeMode(ValueChangeMode.LAZY);
                text.setRequiredIndicatorVisible(finnishRequired && language.equals("fi"));
                input = text;
                inputs.put(language, text);
            }
            input.getElement().setAttribute("lang", language);
            input.getElement().setAttribute("data-field", field + "." + language);
            add(input);
        }
    }

    public static LocalizedTextFields line(String field, String label, boolean finnishRequired) {
        return new LocalizedTextFields(field, label, finnishRequired, false);
    }

    public static LocalizedTextFields area(String field, String label, boolean finnishRequired) {
        return new LocalizedTextFields(field, label, finnishRequired, true);
    }

    public LocalizedText getValue() {
        LocalizedText text = new LocalizedText();
        inputs.forEach((language, input) -> text.set(language, FieldText.blankToNull(input.getValue())));
        return text;
    }

    public void setValue(LocalizedText text) {
        inputs.forEach((language, input) -> input.setValue(text == null ? "" : text.in(language).orElse("")));
    }

    /** The input of one language, for tests and for focusing an error. */
    public HasValue<?, String> input(String language) {
        return inputs.get(language);
    }

    public void addChangeListener(Runnable listener) {
        inputs.values().forEach(input -> input.addValueChangeListener(change -> {
            if (!(change instanceof ComponentValueChangeEvent<?, ?> event) || event.isFromClient()) {
                listener.run();
            }
        }));
    }

    /** Where the server's errors of this text go: "name.fi" to the Finnish input, and so on. */
    public Map<String, HasValidation> errorTargets(String fieldName) {
        Map<String, HasValidation> targets = new LinkedHashMap<>();
        inputs.forEach((language, input) -> targets.put(fieldName + "." + language, (HasValidation) input));
        return targets;
    }

    public Map<String, HasValidation> errorTargets() {
        return errorTargets(field);
    }

    public String field() {
        return field;
    }
}
