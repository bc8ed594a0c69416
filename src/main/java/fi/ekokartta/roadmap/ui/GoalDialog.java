package fi.ekokartta.roadmap.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import fi.ekokartta.base.ui.EditorDates;
import fi.ekokartta.base.ui.FormErrors;
import fi.ekokartta.base.ui.LocalizedTextFields;
import fi.ekokartta.roadmap.GoalContent;
import fi.ekokartta.roadmap.ProgressStatus;
import fi.ekokartta.roadmap.Roadmap;
import fi.ekokartta.roadmap.RoadmapEditing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Uusi tavoite" / "Muokkaa tavoitetta": a goal's title and description in three languages, its
 * owner, period and status; an existing goal can be deleted here with its actions, after a question.
 */
class GoalDialog extends Dialog {

    final LocalizedTextFields title = LocalizedTextFields.line("title", getTranslation("roadmap.field.title"), true);
    final LocalizedTextFields description = LocalizedTextFields.area("description",
            getTranslation("roadmap.field.description"), false);
    final ComboBox<RoadmapEditing.OwnerChoice> owner = new ComboBox<>(getTranslation("roadmap.field.owner"));
    final DatePicker start = EditorDates.picker(getTranslation("roadmap.field.start"), getLocale());
    final DatePicker end = EditorDates.picker(getTranslation("roadmap.field.end"), getLocale());
    final Select<ProgressStatus> status;
    final FormErrors errors = new FormErrors();

    GoalDialog(RoadmapEditing editing, Roadmap.GoalRow existing, Runnable saved, Runnable deleted) {
        setHeaderTitle(getTranslation(existing == null ? "roadmap.goal.new" : "roadmap.goal.edit"));
        List<RoadmapEditing.OwnerChoice> owners = editing.ownerChoices();
        owner.setItems(owners);
        owner.setItemLabelGenerator(choice -> choice.name().get(getLocale()));
        owner.setClearButtonVisible(true);
        status = RoadmapForms.statusSelect(this, existing == null ? null : existing.status());
        if (existing != null) {
            title.setValue(existing.title());
            description.setValue(existing.description());
            owner.setValue(RoadmapForms.find(owners, existing.ownerId()));
            start.setValue(existing.start());
            end.setValue(existing.end());
        }
        Div form = new Div(errors, title, description, owner, start, end, status);
        form.addClassName("roadmap-form");
        add(form);
        Map<String, HasValidation> fields = new HashMap<>(title.errorTargets());
        fields.putAll(description.errorTargets());
        fields.put("owner", owner);
        fields.put("end", end);
        Button save = new Button(getTranslation("roadmap.save"), click -> {
            GoalContent content = new GoalContent(title.getValue(), description.getValue(),
                    owner.getValue() == null ? null : owner.getValue().id(), start.getValue(), end.getValue(),
                    status.getValue());
            if (RoadmapForms.attempt(this, errors, fields, field -> field, () -> {
                if (existing == null) {
                    editing.createGoal(content);
                } else {
                    editing.updateGoal(existing.id(), existing.version(), content);
                }
            })) {
                close();
                saved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("roadmap.cancel"), click -> close()));
        if (existing != null) {
            Button delete = new Button(getTranslation("roadmap.delete"), click -> RoadmapForms.confirmDelete(this,
                    getTranslation("roadmap.delete.goal.title"),
                    getTranslation("roadmap.delete.goal.text", existing.title().get(getLocale()), existing.actions().size()),
                    () -> {
                        if (RoadmapForms.attempt(this, errors, Map.of(), field -> field,
                                () -> editing.deleteGoal(existing.id(), existing.version()))) {
                            close();
                            deleted.run();
                        }
                    }));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            getFooter().add(delete);
        }
        getFooter().add(save);
    }
}
