package fi.ekokartta.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import fi.ekokartta.base.domain.ConflictException;
import fi.ekokartta.base.domain.RecordFields;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Someone saved the entry while it was open here. The dialog shows, field by field, what is stored
 * now and what this editor has, and lets the user keep hers or take theirs for each field and then
 * save the merge over the stored version; or drop her changes and reload. When the conflict is not
 * about content (a status change), reloading is the only way on.
 */
public class ConflictDialog<R extends Record> extends Dialog {

    public enum Choice { MINE, THEIRS }

    private final Map<String, RadioButtonGroup<Choice>> choices = new LinkedHashMap<>();

    /**
     * @param mine     what this editor tried to save
     * @param label    the field's name for a component name ("name" → "Nimi")
     * @param describe a value as the user reads it
     * @param merge    saves the merged content over the given stored version
     * @param reload   drops this editor's changes and loads the stored entry
     */
    public ConflictDialog(ConflictException conflict, Class<R> type, R mine, Function<String, String> label,
                          Function<Object, String> describe, BiConsumer<R, Long> merge, Runnable reload) {
        addClassName("conflict-dialog");
        setHeaderTitle(getTranslation("editor.conflict.title"));
        R stored = conflict.storedContent(type).orElse(null);
        add(new Paragraph(getTranslation(stored == null ? "editor.conflict.status" : "editor.conflict.text")));
        if (stored != null) {
            for (ConflictException.ChangedField changed : conflict.getChangedFields()) {
                add(field(changed.field(), label.apply(changed.field()), describe.apply(RecordFields.get(stored, changed.field())),
                        describe.apply(RecordFields.get(mine, changed.field()))));
            }
        }
        Button reloadButton = new Button(getTranslation("editor.conflict.reload"), click -> {
            close();
            reload.run();
        });
        getFooter().add(reloadButton);
        if (stored != null) {
            Button mergeButton = new Button(getTranslation("editor.conflict.merge"), click -> {
                Map<String, Object> theirs = new LinkedHashMap<>();
                choices.forEach((field, choice) -> {
                    if (choice.getValue() == Choice.THEIRS) {
                        theirs.put(field, RecordFields.get(stored, field));
                    }
                });
                close();
                merge.accept(RecordFields.with(mine, theirs), conflict.getCurrentVersion());
            });
            mergeButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(mergeButton);
        } else {
            reloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
    }

    /** The choice of one field, for tests and keyboard users alike. */
    public RadioButtonGroup<Choice> choice(String field) {
        return choices.get(field);
    }

    private Div field(String field, String name, String theirs, String mine) {
        RadioButtonGroup<Choice> choice = new RadioButtonGroup<>(name);
        choice.setItems(Choice.values());
        choice.setItemLabelGenerator(value -> getTranslation(value == Choice.MINE ? "editor.conflict.mine" : "editor.conflict.theirs",
                value == Choice.MINE ? mine : theirs));
        choice.setValue(Choice.MINE);
        choices.put(field, choice);
        Div row = new Div(choice);
        row.addClassName("conflict-field");
        return row;
    }
}
