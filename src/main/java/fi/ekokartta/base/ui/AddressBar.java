package fi.ekokartta.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;

/**
 * The address of a view that changes without a navigation: a search refined while the user types
 * replaces its history entry rather than adding one per pause. Views change their address only
 * through a navigation or here, so that the language links follow what is on screen and a
 * language switch keeps it.
 */
public final class AddressBar {

    private AddressBar() {
    }

    public static void replace(UI ui, Location location) {
        ui.getPage().getHistory().replaceState(null, location);
        ui.getActiveRouterTargetsChain().stream().filter(MainLayout.class::isInstance).map(MainLayout.class::cast)
                .forEach(layout -> layout.showLanguageLinks(location));
    }
}
