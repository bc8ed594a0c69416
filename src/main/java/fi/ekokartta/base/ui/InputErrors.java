package fi.ekokartta.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import fi.ekokartta.base.domain.RejectedInputException;

/** Shows why a feedback form was refused on the field it concerns: the e-mail, or else the message. */
public final class InputErrors {

    private InputErrors() {
    }

    public static <M extends Component & HasValidation, E extends Component & HasValidation> void show(
            RejectedInputException rejected, M message, E email) {
        message.setInvalid(false);
        email.setInvalid(false);
        boolean aboutEmail = rejected.getMessageKey().contains("email");
        HasValidation field = aboutEmail ? email : message;
        field.setErrorMessage((aboutEmail ? email : message).getTranslation(rejected.getMessageKey()));
        field.setInvalid(true);
    }
}
