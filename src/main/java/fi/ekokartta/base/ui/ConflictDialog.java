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
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Someone saved the entry while it was open here. The dialog compares three versions: the one this
 * editor loaded, the one stored now and this editor's. It lists the fields the other person
 * changed, each with both values: a field only she changed is taken as stored, a field both
 * changed is left to the user (hers by default), and the fields only this user changed are kept
 * without asking. The merge is saved over the stored version; or the user drops her changes and
 * reloads. When the conflict is not about content (a status change), reloading is the only way on.
 */
public class ConflictDialog<R extends Record> extends Dialog {

    public enum Choice { MINE, THEIRS }

    private final Map<String, RadioButtonGroup<Choice>> choices = new LinkedHashMap<>();

    /**
     * @param base     what this editor loaded
     * @param mine     what this editor tried to save
     * @param label    the field's name for a component name ("name" → "Nimi")
     * @param describe a value as the user reads it
     * @param merge    saves the merged content over the given stored version
     * @param reload   drops this editor's changes and loads the stored entry
     */
    public ConflictDialog(ConflictException conflict, Class<R> type, R base, R mine, Function<String, String> label,
                          Function<Object, String> describe, BiConsumer<R, Long> merge, Runnable reload) {
        addClassName("conflict-dialog");
        setHeaderTitle(getTranslation("editor.conflict.title"));
        R stored = conflict.storedContent(type).orElse(null);
        add(new Paragraph(getTranslation(stored == null ? "editor.conflict.status" : "editor.conflict.text")));
        if (stored != null) {
            for (ConflictException.ChangedField changed : conflict.getChangedFields()) {
                String field = changed.field();
                Object theirs = RecordFields.get(stored, field);
                Object loaded = RecordFields.get(base, field);
                Object own = RecordFields.get(mine, field);
                if (!Objects.equals(theirs, loaded)) {
                    add(field(field, label.apply(field), describe.apply(theirs), describe.apply(own),
                            Objects.equals(own, loaded) ? Choice.THEIRS : Choice.MINE));
                }
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

    private Div field(String field, String name, String theirs, String mine, Choice proposed) {
        RadioButtonGroup<Choice> choice = new RadioButtonGroup<>(name);
        choice.setItems(Choice.values());
        choice.setItemLabelGenerator(value -> getTranslation(value == Choice.MINE ? "editor.conflict.mine" : "editor.conflict.theirs",
                value == Choice.MINE ? mine : theirs));
        choice.setValue(proposed);
        choices.put(field, choice);
        Div row = new Div(choice);
        row.addClassName("conflict-field");
        return row;
    }
}
