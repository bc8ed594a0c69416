package fi.ekokartta.ecosystem.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.dom.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * A year chosen on a native range slider ({@code <input type="range">}, which Vaadin's free
 * components lack): a visible label tied to it, the chosen year written beside it in an
 * {@code <output>}, and {@code aria-valuetext} saying the year in words. Arrow keys, Home and End
 * move it as in any browser; the server hears of a choice on the "change" event (the end of a
 * drag, or each key press), with the "value" property kept in step.
 */
class YearSlider extends Div {

    private final Element input = new Element("input");
    private final Element output = new Element("output");
    private final int min;
    private final int max;
    private final IntFunction<String> valueText;
    private final List<Consumer<Integer>> listeners = new ArrayList<>();
    private int value;

    YearSlider(String id, String label, int min, int max, IntFunction<String> valueText) {
        this.min = min;
        this.max = Math.max(min, max);
        this.valueText = valueText;
        addClassName("year-slider");
        NativeLabel caption = new NativeLabel(label);
        caption.setFor(id);
        caption.addClassName("year-slider-label");
        input.setAttribute("type", "range");
        input.setAttribute("id", id);
        input.setAttribute("min", String.valueOf(this.min));
        input.setAttribute("max", String.valueOf(this.max));
        input.setAttribute("step", "1");
        input.getClassList().add("year-slider-input");
        output.setAttribute("for", id);
        output.setAttribute("aria-hidden", "true");
        output.getClassList().add("year-slider-value");
        Div ends = new Div();
        ends.addClassName("year-slider-ends");
        ends.getElement().setAttribute("aria-hidden", "true");
        ends.getElement().appendChild(new Element("span").setText(String.valueOf(this.min)),
                new Element("span").setText(String.valueOf(this.max)));
        Div row = new Div();
        row.addClassName("year-slider-row");
        row.getElement().appendChild(input, output);
        add(caption, row, ends);
        DomListenerRegistration change = input.addEventListener("change", event -> {
            String typed = event.getEventData().has("element.value")
                    ? event.getEventData().get("element.value").asString() : input.getProperty("value", "");
            chosen(typed);
        });
        change.addEventData("element.value");
        change.synchronizeProperty("value");
        setValue(max);
    }

    private void chosen(String typed) {
        int year;
        try {
            year = Integer.parseInt(typed.trim());
        } catch (NumberFormatException | NullPointerException e) {
            return;
        }
        year = Math.min(max, Math.max(min, year));
        show(year);
        int chosen = year;
        listeners.forEach(listener -> listener.accept(chosen));
    }

    /** Shows the year without telling the listeners; a year outside the range shows the nearest end. */
    void setValue(int year) {
        show(Math.min(max, Math.max(min, year)));
    }

    private void show(int year) {
        value = year;
        input.setProperty("value", String.valueOf(year));
        input.setAttribute("value", String.valueOf(year));
        input.setAttribute("aria-valuetext", valueText.apply(year));
        output.setText(String.valueOf(year));
    }

    int getValue() {
        return value;
    }

    int min() {
        return min;
    }

    int max() {
        return max;
    }

    Element input() {
        return input;
    }

    void addChangeListener(Consumer<Integer> listener) {
        listeners.add(listener);
    }
}
