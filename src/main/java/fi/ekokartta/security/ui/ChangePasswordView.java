package fi.ekokartta.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.security.Passwords;
import jakarta.annotation.security.PermitAll;

/** Salasanan vaihto: a signed-in user changes her own password, giving the current one. */
@Route("hallinta/salasana")
@PermitAll
class ChangePasswordView extends Div implements HasDynamicTitle {

    private final Passwords passwords;
    private final PasswordField current = new PasswordField();
    private final NewPasswordFields fields = new NewPasswordFields();
    private final Paragraph status = new Paragraph();

    ChangePasswordView(Passwords passwords) {
        this.passwords = passwords;
        addClassNames("page", "change-password-page");
        current.setLabel(getTranslation("password.current"));
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        current.setWidthFull();
        Button save = new Button(getTranslation("password-change.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        status.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("password-change.title")), current, fields, save, status);
    }

    private void save() {
        current.setInvalid(false);
        status.setText("");
        String password = fields.value();
        if (password == null) {
            return;
        }
        try {
            passwords.changeOwn(current.getValue(), password);
            status.setText(getTranslation("password-change.done"));
        } catch (RejectedInputException rejected) {
            if ("password-change.wrong-current".equals(rejected.getMessageKey())) {
                current.setErrorMessage(getTranslation(rejected.getMessageKey()));
                current.setInvalid(true);
            } else {
                fields.show(rejected);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password-change.title") + " – Ekokartta";
    }
}
