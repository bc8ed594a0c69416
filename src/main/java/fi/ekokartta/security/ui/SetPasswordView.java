package fi.ekokartta.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.security.Passwords;

/**
 * Salasanan asettaminen: the page a one-time password link opens. The new user (or one who was
 * sent a new link) sets her password; afterwards, or when the link is used or expired, the page
 * says so.
 */
@Route("salasana")
@AnonymousAllowed
class SetPasswordView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final Passwords passwords;

    SetPasswordView(Passwords passwords) {
        this.passwords = passwords;
        addClassNames("page", "set-password-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        removeAll();
        add(new H1(getTranslation("password-link.title")));
        passwords.usernameForLink(token).ifPresentOrElse(username -> showForm(token, username), this::showInvalid);
    }

    private void showForm(String token, String username) {
        NewPasswordFields fields = new NewPasswordFields();
        Button save = new Button(getTranslation("password.save"), click -> {
            String password = fields.value();
            if (password == null) {
                return;
            }
            try {
                passwords.setWithLink(token, password);
                showDone();
            } catch (RejectedInputException rejected) {
                if ("password-link.invalid".equals(rejected.getMessageKey())) {
                    showInvalid();
                } else {
                    fields.show(rejected);
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("password-link.lead", username)), fields, save);
    }

    private void showDone() {
        removeAll();
        add(new H1(getTranslation("password-link.title")), new Paragraph(getTranslation("password-link.done")),
                new Paragraph(new Anchor("login", getTranslation("account.login"))));
    }

    private void showInvalid() {
        removeAll();
        add(new H1(getTranslation("password-link.title")), new Paragraph(getTranslation("password-link.invalid")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password-link.title") + " – Ekokartta";
    }
}
