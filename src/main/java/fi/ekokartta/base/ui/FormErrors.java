package fi.ekokartta.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The server's refusal of a form, shown where it belongs: each message on its field (by the field
 * name the server gives, such as "channels[0].phone"), and a summary at the top of the form that
 * says how many fields need a look and lists the messages that have no field of their own. The
 * first wrong field gets the focus.
 */
public class FormErrors extends Div {

    private final List<HasValidation> shown = new ArrayList<>();

    public FormErrors() {
        addClassName("form-errors");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    /**
     * Shows the errors on the fields found by name; {@code label} names a field for the summary
     * when it has no field of its own.
     */
    public void show(Map<String, String> errors, Map<String, ? extends HasValidation> fields, Function<String, String> label) {
        clear();
        if (errors.isEmpty()) {
            return;
        }
        UnorderedList unplaced = new UnorderedList();
        Component first = null;
        for (Map.Entry<String, String> error : errors.entrySet()) {
            HasValidation field = fields.get(error.getKey());
            String message = getTranslation(error.getValue());
            if (field == null) {
                unplaced.add(new ListItem(label.apply(error.getKey()) + ": " + message));
                continue;
            }
            field.setErrorMessage(message);
            field.setInvalid(true);
            shown.add(field);
            if (first == null && field instanceof Component component) {
                first = component;
            }
        }
        removeAll();
        add(new Paragraph(getTranslation("editor.errors", errors.size())));
        if (unplaced.getChildren().findAny().isPresent()) {
            add(unplaced);
        }
        setVisible(true);
        if (first instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    /** One message for the whole form, such as a refused status change. */
    public void showMessage(String message) {
        clear();
        add(new Paragraph(message));
        setVisible(true);
    }

    public void clear() {
        shown.forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
        shown.clear();
        removeAll();
        setVisible(false);
    }
}
