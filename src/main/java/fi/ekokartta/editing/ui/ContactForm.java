package fi.ekokartta.editing.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import fi.ekokartta.base.ui.FieldText;
import fi.ekokartta.base.domain.Visibility;
import fi.ekokartta.offering.OfferingContent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A contact of the service: a person or a role, shown to everyone or to signed-in professionals
 * only, with the phone's extension (alanumero) beside the phone number.
 */
class ContactForm extends Div {

    private final UUID id;
    private final TextField name = new TextField();
    private final TextField title = new TextField();
    private final TextField department = new TextField();
    private final TextField email = new TextField();
    private final TextField phone = new TextField();
    private final IntegerField phoneExtension = new IntegerField();
    private final Select<Visibility> visibility = new Select<>();

    ContactForm(OfferingContent.Contact contact, Runnable changed, Runnable remove) {
        this.id = contact == null ? null : contact.id();
        addClassName("contact-form");
        name.setLabel(getTranslation("editor.contact.name"));
        title.setLabel(getTranslation("editor.contact.title"));
        department.setLabel(getTranslation("editor.contact.department"));
        email.setLabel(getTranslation("editor.channel.email"));
        email.getElement().setAttribute("inputmode", "email");
        phone.setLabel(getTranslation("editor.channel.phone"));
        phone.getElement().setAttribute("inputmode", "tel");
        phoneExtension.setLabel(getTranslation("editor.channel.phone-extension"));
        phoneExtension.setMin(1);
        phoneExtension.addClassName("narrow");
        phoneExtension.setValueChangeMode(ValueChangeMode.LAZY);
        phoneExtension.addValueChangeListener(change -> changed.run());
        visibility.setLabel(getTranslation("editor.contact.visibility"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(value -> getTranslation("editor.visibility." + value.name()));
        visibility.setValue(Visibility.PUBLIC);
        if (contact != null) {
            name.setValue(FieldText.orEmpty(contact.name()));
            title.setValue(FieldText.orEmpty(contact.title()));
            department.setValue(FieldText.orEmpty(contact.department()));
            email.setValue(FieldText.orEmpty(contact.email()));
            phone.setValue(FieldText.orEmpty(contact.phone()));
            phoneExtension.setValue(contact.phoneExtension());
            visibility.setValue(contact.visibility());
        }
        Stream.of(name, title, department, email, phone).forEach(field -> {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(change -> changed.run());
        });
        visibility.addValueChangeListener(change -> changed.run());
        Button removeButton = new Button(getTranslation("editor.contact.remove"), click -> remove.run());
        removeButton.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        add(name, title, department, email, phone, phoneExtension, visibility, removeButton);
    }

    OfferingContent.Contact value() {
        return new OfferingContent.Contact(id, FieldText.blankToNull(name.getValue()), FieldText.blankToNull(title.getValue()),
                FieldText.blankToNull(department.getValue()), FieldText.blankToNull(email.getValue()), FieldText.blankToNull(phone.getValue()),
                phoneExtension.getValue(), visibility.getValue());
    }

    Map<String, HasValidation> errorTargets(String prefix) {
        Map<String, HasValidation> targets = new LinkedHashMap<>();
        targets.put(prefix + ".name", name);
        targets.put(prefix + ".title", title);
        targets.put(prefix + ".department", department);
        targets.put(prefix + ".email", email);
        targets.put(prefix + ".phone", phone);
        targets.put(prefix + ".phoneExtension", phoneExtension);
        return targets;
    }

    TextField name() {
        return name;
    }

    TextField phone() {
        return phone;
    }

    IntegerField phoneExtension() {
        return phoneExtension;
    }
}
