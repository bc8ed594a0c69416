package fi.ekokartta.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Where keyboard and screen reader users are taken when what they were in changes under them (a
 * new page, new results) or when they skip ahead: a heading, out of the Tab order (tabindex -1)
 * but focusable from a script, so that the screen reader reads it and the next Tab continues
 * right after it instead of from the top of the page.
 */
public final class FocusTarget {

    private FocusTarget() {
    }

    public static <T extends Component> T of(T heading) {
        heading.getElement().setAttribute("tabindex", "-1");
        return heading;
    }

    /** Focuses the heading once the browser has it; focusing also scrolls it into view. */
    public static void focus(Component heading) {
        heading.getElement().executeJs("this.focus()");
    }
}
