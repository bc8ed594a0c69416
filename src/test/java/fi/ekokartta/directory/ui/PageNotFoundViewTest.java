package fi.ekokartta.directory.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.QueryParameters;
import fi.ekokartta.AbstractAppTest;
import fi.ekokartta.base.ui.MainLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PageNotFoundViewTest extends AbstractAppTest {

    @ParameterizedTest(name = "/{0}")
    @ValueSource(strings = {"olematon", "palvelu/x/y", "palvelu/abc", "palvelu/00000000-0000-0000-0000-000000000000",
            "toimija/xyz", "toimija/00000000-0000-0000-0000-000000000000"})
    void an_unknown_address_or_entry_shows_the_page_not_found_in_the_applications_frame(String address) {
        load(address, QueryParameters.empty());

        _get(MainLayout.class);
        _get(H1.class, spec -> spec.withText("Sivua ei löytynyt"));
        _get(TextField.class, spec -> spec.withLabel("Hae palvelua tai toimijaa"));
        assertEquals(".", _get(Anchor.class, spec -> spec.withText("Etusivulle")).getHref());
        _assertNone(ServiceView.class);
        _assertNone(ActorView.class);
    }

    @Test
    void the_page_not_found_speaks_swedish_and_english() {
        load("olematon", QueryParameters.of("lang", "sv"));

        _get(H1.class, spec -> spec.withText("Sidan hittades inte"));
        _get(TextField.class, spec -> spec.withLabel("Sök tjänst eller aktör"));
        _get(Anchor.class, spec -> spec.withText("Till startsidan"));

        load("palvelu/abc", QueryParameters.of("lang", "en"));

        _get(H1.class, spec -> spec.withText("Page not found"));
        _get(TextField.class, spec -> spec.withLabel("Search for a service or an actor"));
        _get(Anchor.class, spec -> spec.withText("To the front page"));
    }

    /**
     * As a browser loading the address: {@code UI.navigate} leaves an address that is no route to
     * the browser's own router, so it would never reach the server's page not found.
     */
    private static void load(String address, QueryParameters parameters) {
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location(address, parameters), NavigationTrigger.PAGE_LOAD);
    }
}
