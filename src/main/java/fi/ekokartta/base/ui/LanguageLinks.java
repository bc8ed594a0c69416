package fi.ekokartta.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import fi.ekokartta.base.i18n.Language;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Links to the current page in each language. Each link names its language in that language, as
 * Finnish public services do, and is a plain link so the page loads again in the new language.
 * The layout shows them again for every address the page gets, so that they lead to what is on
 * screen (the search as typed and narrowed), not to the page as it was opened.
 */
class LanguageLinks extends Nav {

    LanguageLinks() {
        addClassName("language-links");
        getElement().setAttribute("aria-label", getTranslation("shell.language"));
    }

    void show(Location location, Language current) {
        removeAll();
        for (Language language : Language.values()) {
            Anchor link = new Anchor(hrefFor(location, language), language.nativeName());
            link.getElement().setAttribute("lang", language.code());
            link.getElement().setAttribute("hreflang", language.code());
            link.getElement().setAttribute("router-ignore", true);
            if (language == current) {
                link.getElement().setAttribute("aria-current", "true");
            }
            add(link);
        }
    }

    /** The same path and parameters with {@code lang} replaced, relative to the app's base. */
    static String hrefFor(Location location, Language language) {
        Map<String, List<String>> parameters = new LinkedHashMap<>(location.getQueryParameters().getParameters());
        parameters.put(Language.PARAMETER, List.of(language.code()));
        return new Location(location.getPath(), new QueryParameters(parameters)).getPathWithQueryParameters();
    }
}
