package fi.ekokartta.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.ekokartta.security.CurrentUser;

/**
 * Sign-in for staff (counsellors, maintainers, coordinators, administrators). The form posts to
 * Spring Security, which comes back here with {@code ?error} when the credentials are wrong.
 * Public only because the security configuration names it as the login view.
 */
@Route("login")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm(loginTexts());
    private final CurrentUser currentUser;

    LoginView(CurrentUser currentUser) {
        this.currentUser = currentUser;
        addClassNames("page", "login-page");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        // The page's own H1 names the page; the form's title is a sub-heading under it.
        form.getElement().setProperty("headingLevel", 2);
        add(new H1(getTranslation("login.title")), new Paragraph(getTranslation("login.lead")), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.isSignedIn()) {
            event.forwardTo("");
            return;
        }
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – Ekokartta";
    }

    private LoginI18n loginTexts() {
        LoginI18n texts = LoginI18n.createDefault();
        LoginI18n.Form formTexts = texts.getForm();
        formTexts.setTitle(getTranslation("login.form.title"));
        formTexts.setUsername(getTranslation("login.form.username"));
        formTexts.setPassword(getTranslation("login.form.password"));
        formTexts.setSubmit(getTranslation("login.form.submit"));
        formTexts.setForgotPassword(getTranslation("login.form.forgot-password"));
        LoginI18n.ErrorMessage errorTexts = texts.getErrorMessage();
        errorTexts.setTitle(getTranslation("login.error.title"));
        errorTexts.setMessage(getTranslation("login.error.message"));
        errorTexts.setUsername(getTranslation("login.error.username-required"));
        errorTexts.setPassword(getTranslation("login.error.password-required"));
        texts.setAdditionalInformation(getTranslation("login.additional-information"));
        return texts;
    }
}
