package fi.ekokartta.base.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;

import java.text.NumberFormat;

/**
 * Key figures as a description list (label, then number), which screen readers announce as
 * pairs; the stylesheet lays them out as tiles. Numbers follow the interface language.
 */
public class Figures extends DescriptionList {

    public Figures() {
        addClassName("figures");
    }

    public Figures add(String label, long value) {
        Div figure = new Div(new Term(label), new Description(NumberFormat.getIntegerInstance(getLocale()).format(value)));
        figure.addClassName("figure");
        add(figure);
        return this;
    }
}
