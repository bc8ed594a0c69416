package fi.ekokartta.editing.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import fi.ekokartta.base.ui.LocalizedTextFields;
import fi.ekokartta.editing.ActorContent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The actor editor's programs (ohjelmat): a row each with the name (Finnish required), the
 * alternate name and the description in three languages, added and removed by the user. A row
 * keeps the id of the program it shows, so a renamed program keeps its services. The server's
 * errors are named {@code programs.index.name.fi} and so on.
 */
class ProgramRows extends Div {

    /** One program's fields. */
    static final class Row extends Div {
        private final UUID id;
        private final LocalizedTextFields name;
        private final LocalizedTextFields alternateName;
        private final LocalizedTextFields description;
        private final Button remove = new Button();

        private Row(UUID id) {
            this.id = id;
            addClassName("program-row");
            name = LocalizedTextFields.line("name", getTranslation("actor-editor.program-name"), true);
            alternateName = LocalizedTextFields.line("alternateName", getTranslation("actor-editor.program-alternate-name"),
                    false);
            description = LocalizedTextFields.area("description", getTranslation("actor-editor.program-description"), false);
            remove.setText(getTranslation("actor-editor.remove-program"));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            add(name, alternateName, description, remove);
        }

        ActorContent.Program value() {
            return new ActorContent.Program(id, name.getValue(), alternateName.getValue(), description.getValue());
        }

        LocalizedTextFields name() {
            return name;
        }

        LocalizedTextFields alternateName() {
            return alternateName;
        }

        LocalizedTextFields description() {
            return description;
        }

        Button remove() {
            return remove;
        }
    }

    private final Runnable changed;
    private final Div lines = new Div();
    private final Paragraph none = new Paragraph();
    private final List<Row> rows = new ArrayList<>();
    private final Button add = new Button();

    ProgramRows(Runnable changed) {
        this.changed = changed;
        addClassName("program-rows");
        none.setText(getTranslation("actor-editor.no-programs"));
        add.setText(getTranslation("actor-editor.add-program"));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(click -> {
            addRow(null);
            changed.run();
        });
        Paragraph help = new Paragraph(getTranslation("actor-editor.programs-help"));
        help.addClassName("helper-text");
        add(new H3(getTranslation("actor-editor.programs")), help, none, lines, add);
    }

    void setValue(List<ActorContent.Program> programs) {
        lines.removeAll();
        rows.clear();
        for (ActorContent.Program program : programs) {
            Row row = addRow(program.id());
            row.name.setValue(program.name());
            row.alternateName.setValue(program.alternateName());
            row.description.setValue(program.description());
        }
        none.setVisible(rows.isEmpty());
    }

    List<ActorContent.Program> value() {
        return rows.stream().map(Row::value).toList();
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    Button addButton() {
        return add;
    }

    Map<String, HasValidation> errorTargets() {
        Map<String, HasValidation> targets = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String prefix = "programs." + i + ".";
            targets.putAll(row.name.errorTargets(prefix + "name"));
            targets.putAll(row.alternateName.errorTargets(prefix + "alternateName"));
            targets.putAll(row.description.errorTargets(prefix + "description"));
        }
        return targets;
    }

    private Row addRow(UUID id) {
        Row row = new Row(id);
        row.name.addChangeListener(changed);
        row.alternateName.addChangeListener(changed);
        row.description.addChangeListener(changed);
        row.remove.addClickListener(click -> {
            rows.remove(row);
            lines.remove(row);
            none.setVisible(rows.isEmpty());
            changed.run();
        });
        rows.add(row);
        lines.add(row);
        none.setVisible(false);
        return row;
    }
}
