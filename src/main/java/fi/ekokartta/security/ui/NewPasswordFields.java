package fi.ekokartta.security.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import fi.ekokartta.base.domain.RejectedInputException;

/** The new password, typed twice, with the policy in a sentence; checks that the two agree. */
class NewPasswordFields extends Composite<Div> {

    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    NewPasswordFields() {
        password.setLabel(getTranslation("password.new"));
        password.setHelperText(getTranslation("password.hint"));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setWidthFull();
        repeat.setWidthFull();
        getContent().addClassName("password-fields");
        getContent().add(password, repeat);
    }

    /** The new password when both fields agree; otherwise marks the second field and returns null. */
    String value() {
        password.setInvalid(false);
        repeat.setInvalid(false);
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("password.mismatch"));
            repeat.setInvalid(true);
            return null;
        }
        return password.getValue();
    }

    /** Shows why the service refused the password. */
    void show(RejectedInputException rejected) {
        password.setErrorMessage(getTranslation(rejected.getMessageKey()));
        password.setInvalid(true);
    }
}
