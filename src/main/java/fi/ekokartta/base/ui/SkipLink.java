package fi.ekokartta.base.ui;

import com.vaadin.flow.component.html.Anchor;

/**
 * A link that takes keyboard and screen reader users past a block of links and fields to a place
 * further down (the main content, the search results). Handled in the browser: the router would
 * otherwise treat the link as a navigation, and moving focus (not only scrolling) is what these
 * users need. The target must take focus from a script (see {@link FocusTarget}).
 */
public class SkipLink extends Anchor {

    public SkipLink(String targetId, String text) {
        super("#" + targetId, text);
        getElement().setAttribute("router-ignore", true);
        getElement().executeJs("""
                this.addEventListener('click', event => {
                    event.preventDefault();
                    const target = document.getElementById($0);
                    target.focus();
                    target.scrollIntoView();
                });""", targetId);
    }
}
