package fi.ekokartta.editing.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import fi.ekokartta.base.ui.FieldText;
import fi.ekokartta.base.ui.LocalizedTextFields;
import fi.ekokartta.offering.OfferingContent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A service area that is not a municipality (HSDS service_area), e.g. a district or a postcode
 * area: its name, description and web address. An imported extent (a drawn shape) is named, not
 * edited, and kept on save.
 */
class AreaForm extends Div {

    private final UUID id;
    private final String extent;
    private final String extentType;
    private final LocalizedTextFields name;
    private final LocalizedTextFields description;
    private final TextField uri = new TextField();

    AreaForm(OfferingContent.Area area, Runnable changed, Runnable remove) {
        this.id = area == null ? null : area.id();
        this.extent = area == null ? null : area.extent();
        this.extentType = area == null ? null : area.extentType();
        addClassName("area-form");
        name = LocalizedTextFields.line("name", getTranslation("editor.area.name"), false);
        description = LocalizedTextFields.line("description", getTranslation("editor.area.description"), false);
        uri.setLabel(getTranslation("editor.area.uri"));
        uri.setPlaceholder("https://");
        if (area != null) {
            name.setValue(area.name());
            description.setValue(area.description());
            uri.setValue(FieldText.orEmpty(area.uri()));
        }
        uri.setValueChangeMode(ValueChangeMode.LAZY);
        uri.addValueChangeListener(change -> changed.run());
        name.addChangeListener(changed);
        description.addChangeListener(changed);
        add(name, description, uri);
        if (extent != null) {
            Paragraph kept = new Paragraph(getTranslation("editor.area.extent-kept",
                    extentType == null ? getTranslation("editor.area.extent-type-unknown") : extentType));
            kept.addClassName("imported-note");
            add(kept);
        }
        Button removeButton = new Button(getTranslation("editor.area.remove"), click -> remove.run());
        removeButton.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        add(removeButton);
    }

    OfferingContent.Area value() {
        return new OfferingContent.Area(id, name.getValue(), description.getValue(), FieldText.blankToNull(uri.getValue()),
                extent, extentType);
    }

    Map<String, HasValidation> errorTargets(String prefix) {
        Map<String, HasValidation> targets = new LinkedHashMap<>(name.errorTargets(prefix + ".name"));
        targets.putAll(description.errorTargets(prefix + ".description"));
        targets.put(prefix + ".uri", uri);
        return targets;
    }
}
