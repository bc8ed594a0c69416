package fi.ekokartta.stewardship.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.springframework.data.domain.Page;

import java.util.function.IntConsumer;

/** Previous and next buttons under a list read a page at a time from the server, and where in it the reader is. */
final class ListPager extends Div {

    ListPager(Page<?> page, String label, IntConsumer goTo) {
        addClassName("pager");
        if (page.getTotalPages() <= 1) {
            setVisible(false);
            return;
        }
        Button previous = new Button(getTranslation("search.pager.previous"), click -> goTo.accept(page.getNumber() - 1));
        previous.setEnabled(page.hasPrevious());
        previous.setAriaLabel(getTranslation("search.pager.previous") + ": " + label);
        Button next = new Button(getTranslation("search.pager.next"), click -> goTo.accept(page.getNumber() + 1));
        next.setEnabled(page.hasNext());
        next.setAriaLabel(getTranslation("search.pager.next") + ": " + label);
        add(previous, new Span(getTranslation("search.pager.page", page.getNumber() + 1, page.getTotalPages())), next);
    }
}
