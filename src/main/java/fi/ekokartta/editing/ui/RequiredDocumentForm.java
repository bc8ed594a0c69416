package fi.ekokartta.editing.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import fi.ekokartta.base.ui.FieldText;
import fi.ekokartta.base.ui.LocalizedTextFields;
import fi.ekokartta.offering.OfferingContent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A document the client needs for the service (HSDS required_document), with a link to it if any. */
class RequiredDocumentForm extends Div {

    private final UUID id;
    private final LocalizedTextFields document;
    private final TextField uri = new TextField();

    RequiredDocumentForm(OfferingContent.Document required, Runnable changed, Runnable remove) {
        this.id = required == null ? null : required.id();
        addClassName("required-document-form");
        document = LocalizedTextFields.line("document", getTranslation("editor.document.document"), true);
        uri.setLabel(getTranslation("editor.document.uri"));
        uri.setPlaceholder("https://");
        if (required != null) {
            document.setValue(required.document());
            uri.setValue(required.uri() == null ? "" : required.uri());
        }
        uri.setValueChangeMode(ValueChangeMode.LAZY);
        uri.addValueChangeListener(change -> changed.run());
        document.addChangeListener(changed);
        Button removeButton = new Button(getTranslation("editor.document.remove"), click -> remove.run());
        removeButton.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        add(document, uri, removeButton);
    }

    OfferingContent.Document value() {
        return new OfferingContent.Document(id, document.getValue(), FieldText.blankToNull(uri.getValue()));
    }

    Map<String, HasValidation> errorTargets(String prefix) {
        Map<String, HasValidation> targets = new LinkedHashMap<>(document.errorTargets(prefix + ".document"));
        targets.put(prefix + ".uri", uri);
        return targets;
    }
}
