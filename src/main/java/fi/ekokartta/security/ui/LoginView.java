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
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.ekokartta.security.CurrentUser;
import fi.ekokartta.security.SignInThrottledException;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in for staff (counsellors, maintainers, coordinators, administrators). The form posts to
 * Spring Security, which comes back here with {@code ?error} when the credentials are wrong, or
 * when too many sign-ins have failed (said as such, the same whether or not the account exists).
 * Public only because the security configuration names it as the login view.
 */
@Route("login")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm(loginTexts("login.error.title", "login.error.message"));
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
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        if (failed && lastFailure() instanceof SignInThrottledException) {
            form.setI18n(loginTexts("login.throttled.title", "login.throttled.message"));
        }
        form.setError(failed);
    }

    /** Spring Security keeps the reason of the last refused sign-in in the session for the login page. */
    private static Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – Ekokartta";
    }

    /** The form's texts; the error's title and message are the ones given. */
    private LoginI18n loginTexts(String errorTitle, String errorMessage) {
        LoginI18n texts = LoginI18n.createDefault();
        LoginI18n.Form formTexts = texts.getForm();
        formTexts.setTitle(getTranslation("login.form.title"));
        formTexts.setUsername(getTranslation("login.form.username"));
        formTexts.setPassword(getTranslation("login.form.password"));
        formTexts.setSubmit(getTranslation("login.form.submit"));
        formTexts.setForgotPassword(getTranslation("login.form.forgot-password"));
        LoginI18n.ErrorMessage errorTexts = texts.getErrorMessage();
        errorTexts.setTitle(getTranslation(errorTitle));
        errorTexts.setMessage(getTranslation(errorMessage));
        errorTexts.setUsername(getTranslation("login.error.username-required"));
        errorTexts.setPassword(getTranslation("login.error.password-required"));
        texts.setAdditionalInformation(getTranslation("login.additional-information"));
        return texts;
    }
}
