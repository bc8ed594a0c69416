package fi.ekokartta.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

/**
 * A plain HTML data table with a caption and column headers. On a phone each row is shown as a
 * card, its cells one under the other, each named by its column ({@code data-label}), so nothing
 * scrolls sideways; a cross table whose columns matter ({@link #keepColumnsOnPhone()}) instead
 * scrolls sideways in its wrapper (keyboard-reachable, named by the caption). Cells hold text or
 * components.
 */
public class HtmlTable extends Div {

    private final Element body = new Element("tbody");
    private final Element head = new Element("tr");
    private final String[] headers;

    public HtmlTable(String caption, String... headers) {
        this.headers = headers.clone();
        addClassName("table-scroller");
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", caption);
        Element table = new Element("table");
        table.getClassList().add("data-table");
        table.appendChild(new Element("caption").setText(caption));
        for (String header : headers) {
            head.appendChild(new Element("th").setAttribute("scope", "col").setText(header));
        }
        table.appendChild(new Element("thead").appendChild(head), body);
        getElement().appendChild(table);
    }

    /** A row: strings become text cells, components are placed in their cells; the first cell heads the row. */
    public HtmlTable row(Object... cells) {
        Element row = new Element("tr");
        for (int i = 0; i < cells.length; i++) {
            Element cell = new Element(i == 0 ? "th" : "td");
            if (i == 0) {
                cell.setAttribute("scope", "row");
            } else if (i < headers.length && !(cells[i] instanceof Button)) {
                // a button names itself ("Poista"); "Poisto: Poista" on a phone card would only repeat it
                cell.setAttribute("data-label", headers[i]);
            }
            if (cells[i] instanceof Component component) {
                cell.appendChild(component.getElement());
            } else {
                cell.setText(cells[i] == null ? "" : cells[i].toString());
            }
            row.appendChild(cell);
        }
        body.appendChild(row);
        return this;
    }

    /** Keeps the columns on a phone too (the table scrolls sideways), for a cross table such as class × municipality. */
    public HtmlTable keepColumnsOnPhone() {
        addClassName("keep-columns");
        return this;
    }

    public int rowCount() {
        return body.getChildCount();
    }
}
