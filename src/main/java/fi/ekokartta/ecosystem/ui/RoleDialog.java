package fi.ekokartta.ecosystem.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import fi.ekokartta.base.domain.ConflictException;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.domain.ValidationException;
import fi.ekokartta.base.ui.FormErrors;
import fi.ekokartta.base.ui.LocalizedTextFields;
import fi.ekokartta.ecosystem.RoleContent;
import fi.ekokartta.ecosystem.RoleEditing;
import org.springframework.security.access.AccessDeniedException;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/** A coordinator's dialog for a role of the catalogue: a new one (id null) or a change to one. */
class RoleDialog extends Dialog {

    RoleDialog(RoleEditing editing, UUID id, long version, LocalizedText name, LocalizedText description,
               Consumer<UUID> saved) {
        setHeaderTitle(getTranslation(id == null ? "roles.new" : "roles.edit"));
        LocalizedTextFields nameFields = LocalizedTextFields.line("name", getTranslation("roles.field.name"), true);
        LocalizedTextFields descriptionFields = LocalizedTextFields.area("description",
                getTranslation("roles.field.description"), false);
        nameFields.setValue(name);
        descriptionFields.setValue(description);
        FormErrors errors = new FormErrors();
        Div form = new Div(errors, nameFields, descriptionFields);
        form.addClassName("role-form");
        add(form);
        Button save = new Button(getTranslation("roles.save"), click -> {
            RoleContent content = new RoleContent(nameFields.getValue(), descriptionFields.getValue());
            try {
                UUID savedId = id;
                if (id == null) {
                    savedId = editing.createRole(content);
                } else {
                    editing.updateRole(id, version, content);
                }
                close();
                saved.accept(savedId);
            } catch (ValidationException invalid) {
                Map<String, com.vaadin.flow.component.HasValidation> fields = new HashMap<>(nameFields.errorTargets());
                fields.putAll(descriptionFields.errorTargets());
                errors.show(invalid.getFieldErrors(), fields, field -> field);
            } catch (ConflictException conflict) {
                errors.showMessage(getTranslation("roles.error.conflict"));
            } catch (RejectedInputException rejected) {
                errors.showMessage(getTranslation(rejected.getMessageKey(), rejected.getArguments()));
            } catch (AccessDeniedException denied) {
                errors.showMessage(getTranslation("roles.error.not-allowed"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("roles.cancel"), click -> close()), save);
    }
}
