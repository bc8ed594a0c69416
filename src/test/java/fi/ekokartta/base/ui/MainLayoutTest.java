package fi.ekokartta.base.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.fakeservlet.FakeResponse;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.base.i18n.Language;
import fi.ekokartta.security.UserRole;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;

class MainLayoutTest extends AbstractAppTest {

    @Test
    void skip_link_leads_to_the_main_landmark() {
        UI.getCurrent().navigate("");

        Anchor skipLink = _get(Anchor.class, spec -> spec.withText("Siirry pääsisältöön"));
        Main main = _get(Main.class);
        assertEquals("#" + main.getId().orElseThrow(), skipLink.getHref());
    }

    @Test
    void anonymous_visitor_sees_the_sign_in_link_and_no_management_menu() {
        UI.getCurrent().navigate("");

        _get(Anchor.class, spec -> spec.withText("Kirjaudu sisään"));
        _get(SideNavItem.class, spec -> spec.withLabel("Etusivu"));
        _assertNone(SideNavItem.class, spec -> spec.withLabel("Hallinta"));
        _assertNone(SideNavItem.class, spec -> spec.withLabel("Omat tehtävät"));
    }

    @Test
    void coordinator_sees_her_name_the_sign_out_button_and_the_management_menu() {
        login("koordinaattori-valikko", UserRole.COORDINATOR);
        UI.getCurrent().getPage().reload();

        UI.getCurrent().navigate("");

        _get(Button.class, spec -> spec.withText("Kirjaudu ulos"));
        _assertOne(Span.class, spec -> spec.withText("Kirjautuneena: koordinaattori-valikko"));
        _get(SideNavItem.class, spec -> spec.withLabel("Hallinta"));
        _get(SideNavItem.class, spec -> spec.withLabel("Omat tehtävät"));
    }

    @Test
    void language_links_lead_to_the_same_page_in_each_language() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        assertEquals("login?error&lang=sv", _get(Anchor.class, spec -> spec.withText("Svenska")).getHref());
        assertEquals("login?error&lang=en", _get(Anchor.class, spec -> spec.withText("English")).getHref());
        Anchor finnish = _get(Anchor.class, spec -> spec.withText("Suomi"));
        assertEquals("true", finnish.getElement().getAttribute("aria-current"));
        assertEquals("fi", finnish.getElement().getAttribute("lang"));
    }

    @Test
    void chosen_language_is_remembered_in_the_session_and_a_cookie() {
        UI.getCurrent().navigate("", QueryParameters.of("lang", "en"));

        Cookie cookie = ((FakeResponse) VaadinServletResponse.getCurrent().getResponse()).getCookie("ekokartta-lang");
        assertEquals("en", cookie.getValue());
        assertEquals(Language.EN, VaadinSession.getCurrent().getAttribute(Language.class));

        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("");

        _get(Anchor.class, spec -> spec.withText("Skip to main content"));
    }

    @Test
    void language_cookie_chooses_the_language_of_a_new_session() {
        MockVaadin.tearDown();
        var defaultRequests = MockVaadin.getMockRequestFactory();
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = defaultRequests.invoke(session);
            request.setCookiesInt(new Cookie[]{new Cookie("ekokartta-lang", "sv")});
            return request;
        });
        try {
            setUpVaadin();
            UI.getCurrent().navigate("");

            _get(Anchor.class, spec -> spec.withText("Hoppa till huvudinnehållet"));
        } finally {
            MockVaadin.setMockRequestFactory(defaultRequests);
        }
    }
}
