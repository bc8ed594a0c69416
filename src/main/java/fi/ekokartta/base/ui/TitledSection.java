package fi.ekokartta.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;

/** A section of a page named by its own H2, so that it is a landmark screen readers can list. */
public class TitledSection extends Section {

    public TitledSection(String id, String title) {
        H2 heading = new H2(title);
        heading.setId(id);
        getElement().setAttribute("aria-labelledby", id);
        add(heading);
    }
}
