package fi.ekokartta.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import fi.ekokartta.base.i18n.Language;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame of every page: a banner with the name, the language links and the sign-in area; the
 * main navigation built from the views' {@link Menu} entries (titles are translation keys), so
 * this package never imports a feature; and the view inside the page's only main landmark,
 * which the skip link leads to. A language change builds the whole frame again (see
 * {@code LanguageSelection}), so texts are set once here.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    static final String MAIN_CONTENT_ID = "main-content";

    private final Main main = new Main();
    private final LanguageLinks languageLinks = new LanguageLinks();

    MainLayout(ObjectProvider<HeaderContribution> headerContributions) {
        setPrimarySection(Section.NAVBAR);
        addToNavbar(createHeader(headerContributions));
        addToDrawer(createNavigation());
        main.setId(MAIN_CONTENT_ID);
        main.addClassName("main-content");
        main.getElement().setAttribute("tabindex", "-1");
        setContent(main);
    }

    private Header createHeader(ObjectProvider<HeaderContribution> headerContributions) {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        Anchor brand = new Anchor(".", AppShell.APP_NAME);
        brand.addClassName("brand");
        Div tools = new Div(languageLinks);
        tools.addClassName("header-tools");
        headerContributions.orderedStream().map(HeaderContribution::createComponent).forEach(tools::add);
        SkipLink skipLink = new SkipLink(MAIN_CONTENT_ID, getTranslation("shell.skip-to-content"));
        skipLink.addClassName("skip-link");
        Header header = new Header(skipLink, toggle, brand, tools);
        header.addClassName("app-header");
        return header;
    }

    private SideNav createNavigation() {
        SideNav navigation = new SideNav();
        navigation.addClassName("main-navigation");
        navigation.getElement().setAttribute("aria-label", getTranslation("shell.main-navigation"));
        MenuConfiguration.getMenuEntries().forEach(entry -> navigation.addItem(createItem(entry)));
        return navigation;
    }

    private SideNavItem createItem(MenuEntry entry) {
        SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
        if (entry.icon() != null && !entry.icon().isBlank()) {
            Icon icon = new Icon(entry.icon());
            icon.getElement().setAttribute("aria-hidden", "true");
            item.setPrefixComponent(icon);
        }
        return item;
    }

    /** The view goes inside the main landmark; on a phone the drawer closes as AppLayout's would. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
        if (isOverlay()) {
            setDrawerOpened(false);
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        showLanguageLinks(event.getLocation());
    }

    /** After every navigation and every address a view replaces (see {@link AddressBar}). */
    void showLanguageLinks(Location location) {
        languageLinks.show(location, Language.of(getLocale()));
    }
}
