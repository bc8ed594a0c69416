package fi.ekokartta.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.base.ui.MainLayout;
import fi.ekokartta.security.UserRole;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;

class AccessDeniedViewTest extends AbstractAppTest {

    @Test
    void counsellor_following_a_management_link_is_told_why_she_cannot_enter_and_whom_to_ask() {
        login("ohjaaja-hallintaan", UserRole.COUNSELLOR);

        UI.getCurrent().navigate("hallinta");

        AccessDeniedView page = _get(AccessDeniedView.class);
        _get(MainLayout.class);
        _get(H1.class, spec -> spec.withText("Ei pääsyä tälle sivulle"));
        _get(page, Paragraph.class, spec -> spec.withText("Olet kirjautuneena käyttäjänä ohjaaja-hallintaan, ja roolisi on "
                + "ohjaaja. Tämä rooli ei anna oikeutta avata sivua."));
        _get(page, Paragraph.class, spec -> spec.withText("Jos tarvitset pääsyn, pyydä ekosysteemin koordinaattoria tai "
                + "Ekokartan pääkäyttäjää antamaan sinulle oikeus."));
        _get(page, Button.class, spec -> spec.withText("Kirjaudu ulos"));
        assertEquals(".", _get(page, Anchor.class, spec -> spec.withText("Etusivulle")).getHref());
    }

    @Test
    void the_refusal_speaks_english_and_swedish() {
        login("ohjaaja-hallintaan", UserRole.COUNSELLOR);

        UI.getCurrent().navigate("hallinta", QueryParameters.of("lang", "en"));

        AccessDeniedView page = _get(AccessDeniedView.class);
        _get(H1.class, spec -> spec.withText("No access to this page"));
        _get(page, Paragraph.class, spec -> spec.withText("You are signed in as ohjaaja-hallintaan, and your role is "
                + "counsellor. That role does not give access to this page."));
        _get(page, Button.class, spec -> spec.withText("Sign out"));
        _get(page, Anchor.class, spec -> spec.withText("To the front page"));

        UI.getCurrent().navigate("hallinta", QueryParameters.of("lang", "sv"));

        _get(H1.class, spec -> spec.withText("Ingen åtkomst till sidan"));
        _get(Paragraph.class, spec -> spec.withText("Du är inloggad som ohjaaja-hallintaan och din roll är handledare. "
                + "Rollen ger inte rätt att öppna sidan."));
    }

    @Test
    void anonymous_visitor_of_management_gets_the_login_rather_than_the_refusal() {
        UI.getCurrent().navigate("hallinta");

        _get(LoginForm.class);
        _assertNone(AccessDeniedView.class);
    }

    @Test
    void a_refusal_of_a_visitor_not_signed_in_offers_the_sign_in() {
        RouteConfiguration.forSessionScope().setRoute("kielletty", RefusingStandIn.class);

        UI.getCurrent().navigate("kielletty");

        AccessDeniedView page = _get(AccessDeniedView.class);
        _get(page, Paragraph.class, spec -> spec.withText("Sivu on vain kirjautuneille käyttäjille, joiden roolilla on "
                + "siihen oikeus."));
        assertEquals("login", _get(page, Anchor.class, spec -> spec.withText("Kirjaudu sisään")).getHref());
        _assertNone(page, Button.class, spec -> spec.withText("Kirjaudu ulos"));
    }

    /** A view that refuses everyone, as a view with its own access rule would; registered for one session only. */
    @AnonymousAllowed
    static class RefusingStandIn extends Div implements BeforeEnterObserver {

        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            event.rerouteToError(AccessDeniedException.class);
        }
    }
}
