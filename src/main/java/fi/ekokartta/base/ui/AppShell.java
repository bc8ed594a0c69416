package fi.ekokartta.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The HTML page around every view. Styles are plain stylesheets served as static files (Lumo from
 * its jar, ours from {@code /styles/ekokartta.css}), so the application runs on Vaadin's
 * pre-built frontend bundle and never needs Node.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/ekokartta.css")
public class AppShell implements AppShellConfigurator {

    static final String APP_NAME = "Ekokartta";

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle(APP_NAME);
        settings.setViewport("width=device-width, initial-scale=1");
        settings.addFavIcon("icon", "icons/ekokartta.svg", "any");
        settings.addMetaTag("theme-color", "#0b4f6c");
    }
}
