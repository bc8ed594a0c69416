package fi.ekokartta.editing.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A short list of rows of text fields that the user adds and removes (an actor's further websites,
 * its identifiers): each row keeps the id of the stored part it shows, null for a new one. Its
 * fields are named for the server's errors as {@code prefix.index.column}.
 */
class TextRows extends Div {

    /** A row's id and its texts, in the order of the columns. */
    record Row(UUID id, List<String> texts) {
    }

    private record Shown(UUID id, List<TextField> fields, Div line) {
    }

    private final String prefix;
    private final List<String> columns;
    private final List<String> labels;
    private final Runnable changed;
    private final Div lines = new Div();
    private final List<Shown> rows = new ArrayList<>();

    /**
     * @param columns the columns' names in the server's error keys
     * @param labels  the columns' labels, in the same order
     */
    TextRows(String prefix, String title, String addLabel, List<String> columns, List<String> labels, Runnable changed) {
        this.prefix = prefix;
        this.columns = columns;
        this.labels = labels;
        this.changed = changed;
        addClassName("text-rows");
        Button add = new Button(addLabel, click -> {
            addRow(null, List.of());
            changed.run();
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H3(title), lines, add);
    }

    void setRows(List<Row> values) {
        lines.removeAll();
        rows.clear();
        values.forEach(row -> addRow(row.id(), row.texts()));
    }

    List<Row> rows() {
        return rows.stream().map(row -> new Row(row.id(), row.fields().stream()
                .map(field -> field.getValue().isBlank() ? null : field.getValue().strip()).toList())).toList();
    }

    Map<String, HasValidation> errorTargets() {
        Map<String, HasValidation> targets = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < columns.size(); c++) {
                targets.put(prefix + "." + i + "." + columns.get(c), rows.get(i).fields().get(c));
            }
        }
        return targets;
    }

    private void addRow(UUID id, List<String> texts) {
        List<TextField> fields = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            TextField field = new TextField(labels.get(c));
            field.setValue(c < texts.size() && texts.get(c) != null ? texts.get(c) : "");
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    changed.run();
                }
            });
            fields.add(field);
        }
        Div line = new Div();
        line.addClassName("text-row");
        Shown shown = new Shown(id, fields, line);
        Button remove = new Button(getTranslation("actor-editor.remove-row"), click -> {
            rows.remove(shown);
            lines.remove(line);
            changed.run();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        fields.forEach(line::add);
        line.add(remove);
        rows.add(shown);
        lines.add(line);
    }
}
