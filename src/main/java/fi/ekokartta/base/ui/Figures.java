package fi.ekokartta.base.ui;

import com.vaadin.flow.component.html.Anchor;
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
        return add(label, new Description(number(value)));
    }

    /** A figure written out as text (a per cent, "3 / 9"). */
    public Figures add(String label, String text) {
        return add(label, new Description(text));
    }

    /** A figure whose number leads to the list it counts. */
    public Figures add(String label, long value, String href) {
        return add(label, new Description(new Anchor(href, number(value))));
    }

    private Figures add(String label, Description value) {
        Div figure = new Div(new Term(label), value);
        figure.addClassName("figure");
        add(figure);
        return this;
    }

    private String number(long value) {
        return NumberFormat.getIntegerInstance(getLocale()).format(value);
    }
}
