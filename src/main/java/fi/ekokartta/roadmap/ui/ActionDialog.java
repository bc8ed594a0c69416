package fi.ekokartta.roadmap.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.base.ui.EditorDates;
import fi.ekokartta.base.ui.FormErrors;
import fi.ekokartta.base.ui.LocalizedTextFields;
import fi.ekokartta.roadmap.ActionContent;
import fi.ekokartta.roadmap.ProgressStatus;
import fi.ekokartta.roadmap.Roadmap;
import fi.ekokartta.roadmap.RoadmapEditing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * "Uusi toimenpide" / "Muokkaa toimenpidettä": an action's title and description in three
 * languages, owner, schedule and status; the meeting decision it came from (a meeting, then one of
 * its decisions) and the meetings where it was followed up. An existing action can be deleted here.
 */
class ActionDialog extends Dialog {

    final LocalizedTextFields title = LocalizedTextFields.line("title", getTranslation("roadmap.field.title"), true);
    final LocalizedTextFields description = LocalizedTextFields.area("description",
            getTranslation("roadmap.field.description"), false);
    final ComboBox<RoadmapEditing.OwnerChoice> owner = new ComboBox<>(getTranslation("roadmap.field.owner"));
    final DatePicker start = EditorDates.picker(getTranslation("roadmap.field.start"), getLocale());
    final DatePicker due = EditorDates.picker(getTranslation("roadmap.field.due"), getLocale());
    final Select<ProgressStatus> status;
    final ComboBox<RoadmapEditing.MeetingChoice> decidedIn = new ComboBox<>(getTranslation("roadmap.field.decided-in"));
    final ComboBox<String> decision = new ComboBox<>(getTranslation("roadmap.field.decision"));
    final MultiSelectComboBox<RoadmapEditing.MeetingChoice> followUps =
            new MultiSelectComboBox<>(getTranslation("roadmap.field.follow-ups"));
    final FormErrors errors = new FormErrors();

    ActionDialog(RoadmapEditing editing, UUID goalId, Roadmap.ActionRow existing, Runnable saved) {
        setHeaderTitle(getTranslation(existing == null ? "roadmap.action.new" : "roadmap.action.edit"));
        List<RoadmapEditing.OwnerChoice> owners = editing.ownerChoices();
        owner.setItems(owners);
        owner.setItemLabelGenerator(choice -> choice.name().get(getLocale()));
        owner.setRequiredIndicatorVisible(true);
        status = RoadmapForms.statusSelect(this, existing == null ? null : existing.status());
        List<RoadmapEditing.MeetingChoice> meetings = editing.meetingChoices();
        decidedIn.setItems(meetings);
        decidedIn.setItemLabelGenerator(this::meetingLabel);
        decidedIn.setHelperText(getTranslation("roadmap.field.decided-in.help"));
        decidedIn.setClearButtonVisible(true);
        decision.setClearButtonVisible(true);
        decidedIn.addValueChangeListener(change -> decisions(change.getValue(), null));
        followUps.setItems(meetings);
        followUps.setItemLabelGenerator(this::meetingLabel);
        decisions(null, null);
        if (existing != null) {
            title.setValue(existing.title());
            description.setValue(existing.description());
            owner.setValue(RoadmapForms.find(owners, existing.ownerId()));
            start.setValue(existing.start());
            due.setValue(existing.due());
            if (existing.decidedIn() != null) {
                RoadmapEditing.MeetingChoice meeting = meetings.stream()
                        .filter(m -> m.id().equals(existing.decidedIn().meeting().id())).findFirst().orElse(null);
                decidedIn.setValue(meeting);
                decisions(meeting, existing.decidedIn().decision());
            }
            followUps.setValue(meetings.stream().filter(m -> existing.followUps().stream()
                    .anyMatch(link -> link.id().equals(m.id()))).collect(Collectors.toSet()));
        }
        Div form = new Div(errors, title, description, owner, start, due, status, decidedIn, decision, followUps);
        form.addClassName("roadmap-form");
        add(form);
        Map<String, HasValidation> fields = new HashMap<>(title.errorTargets());
        fields.putAll(description.errorTargets());
        fields.put("owner", owner);
        fields.put("due", due);
        fields.put("decidedIn", decidedIn);
        fields.put("decision", decision);
        fields.put("followUps", followUps);
        Button save = new Button(getTranslation("roadmap.save"), click -> {
            ActionContent content = new ActionContent(title.getValue(), description.getValue(),
                    owner.getValue() == null ? null : owner.getValue().id(), start.getValue(), due.getValue(),
                    status.getValue(), decidedIn.getValue() == null ? null : decidedIn.getValue().id(),
                    decision.getValue(), followUps.getValue().stream().map(RoadmapEditing.MeetingChoice::id)
                    .collect(Collectors.toSet()));
            if (RoadmapForms.attempt(this, errors, fields, field -> field, () -> {
                if (existing == null) {
                    editing.createAction(goalId, content);
                } else {
                    editing.updateAction(existing.id(), existing.version(), content);
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
                    getTranslation("roadmap.delete.action.title"),
                    getTranslation("roadmap.delete.action.text", existing.title().get(getLocale())),
                    () -> {
                        if (RoadmapForms.attempt(this, errors, Map.of(), field -> field,
                                () -> editing.deleteAction(existing.id(), existing.version()))) {
                            close();
                            saved.run();
                        }
                    }));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            getFooter().add(delete);
        }
        getFooter().add(save);
    }

    /** The chosen meeting's decisions to choose from, keeping a stored text the minutes no longer hold. */
    private void decisions(RoadmapEditing.MeetingChoice meeting, String selected) {
        List<String> items = new ArrayList<>(meeting == null ? List.of() : meeting.decisions());
        if (selected != null && !items.contains(selected)) {
            items.add(selected);
        }
        decision.setItems(items);
        decision.setEnabled(meeting != null);
        decision.setValue(selected);
    }

    private String meetingLabel(RoadmapEditing.MeetingChoice meeting) {
        return getTranslation("roadmap.meeting.option", FinnishDates.date(meeting.start().toLocalDate()), meeting.title(),
                meeting.forum().get(getLocale()));
    }
}
