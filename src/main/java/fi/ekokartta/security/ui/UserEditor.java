package fi.ekokartta.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.security.UserAdministration.Organization;
import fi.ekokartta.security.UserAdministration.UserForm;
import fi.ekokartta.security.UserAdministration.UserRow;
import fi.ekokartta.security.UserRole;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The form of a new or an existing user, in a dialog. The username is given once, at creation.
 * Saving hands the form to the view's action; a refusal is shown in the dialog, which stays open.
 */
class UserEditor extends Dialog {

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final EmailField email = new EmailField();
    private final Select<UserRole> role = new Select<>();
    private final MultiSelectComboBox<Organization> organizations = new MultiSelectComboBox<>();
    private final Paragraph error = new Paragraph();

    UserEditor(UserRow existing, List<Organization> choices, Consumer<UserForm> save) {
        setHeaderTitle(existing == null ? getTranslation("users.form.new-title")
                : getTranslation("users.form.edit-title", existing.username()));
        username.setLabel(getTranslation("users.form.username"));
        displayName.setLabel(getTranslation("users.form.display-name"));
        email.setLabel(getTranslation("users.form.email"));
        role.setLabel(getTranslation("users.form.role"));
        role.setItems(UserRole.values());
        role.setItemLabelGenerator(value -> getTranslation("role." + value.name()));
        organizations.setLabel(getTranslation("users.form.organizations"));
        organizations.setItems(choices);
        organizations.setItemLabelGenerator(Organization::name);
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        if (existing != null) {
            fill(existing, choices);
        }
        add(username, displayName, email, role, organizations, error);
        Button saveButton = new Button(getTranslation("users.form.save"), click -> trySave(save));
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("users.form.cancel"), click -> close()), saveButton);
    }

    private void fill(UserRow existing, List<Organization> choices) {
        username.setValue(existing.username());
        username.setReadOnly(true);
        displayName.setValue(existing.displayName() == null ? "" : existing.displayName());
        email.setValue(existing.email() == null ? "" : existing.email());
        role.setValue(existing.role());
        organizations.setValue(choices.stream().filter(choice -> existing.organizationIds().contains(choice.id()))
                .collect(Collectors.toSet()));
    }

    private void trySave(Consumer<UserForm> save) {
        Set<UUID> organizationIds = organizations.getValue().stream().map(Organization::id)
                .collect(Collectors.toSet());
        try {
            save.accept(new UserForm(username.getValue(), displayName.getValue(), email.getValue(), role.getValue(),
                    organizationIds));
            close();
        } catch (RejectedInputException rejected) {
            error.setText(getTranslation(rejected.getMessageKey()));
        }
    }
}
