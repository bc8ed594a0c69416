package fi.ekokartta.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.security.SignInThrottledException;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.WebAttributes;

import java.time.Duration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginViewTest extends AbstractAppTest {

    @Test
    void login_view_renders() {
        UI.getCurrent().navigate(LoginView.class);

        _get(H1.class, spec -> spec.withText("Kirjautuminen"));
        LoginForm form = _get(LoginForm.class);
        assertEquals("login", form.getAction());
        assertFalse(form.isError());
        assertFalse(form.isForgotPasswordButtonVisible());
    }

    @Test
    void failed_sign_in_shows_the_error_message() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        assertTrue(_get(LoginForm.class).isError());
    }

    @Test
    void a_sign_in_held_back_after_many_failures_says_so() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new SignInThrottledException(Duration.ofMinutes(3)));

        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginForm form = _get(LoginForm.class);
        assertTrue(form.isError());
        assertTrue(String.valueOf(form.getElement().getPropertyRaw("i18n")).contains("Liian monta epäonnistunutta kirjautumista"));
    }

    @Test
    void login_view_speaks_english_on_request() {
        UI.getCurrent().navigate("login", QueryParameters.of("lang", "en"));

        _get(H1.class, spec -> spec.withText("Sign in"));
    }

    @Test
    void signed_in_user_is_taken_to_the_front_page() {
        login("ohjaaja-kirjautunut", UserRole.COUNSELLOR);

        UI.getCurrent().navigate(LoginView.class);

        _assertNone(LoginForm.class);
        assertEquals("", UI.getCurrent().getActiveViewLocation().getPath());
    }
}
