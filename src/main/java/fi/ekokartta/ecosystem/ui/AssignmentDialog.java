package fi.ekokartta.ecosystem.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import fi.ekokartta.base.domain.ConflictException;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.domain.ValidationException;
import fi.ekokartta.base.ui.FormErrors;
import fi.ekokartta.base.ui.LocalizedTextFields;
import fi.ekokartta.ecosystem.AssignmentContent;
import fi.ekokartta.ecosystem.RoleCatalog;
import fi.ekokartta.ecosystem.RoleEditing;
import org.springframework.security.access.AccessDeniedException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * "Lisää tehtävä" / "Muokkaa tehtävää": which actor holds the role (only actors the user keeps
 * current are offered), for which client groups and municipalities, and the responsibilities.
 */
class AssignmentDialog extends Dialog {

    final ComboBox<RoleCatalog.Named> actor = new ComboBox<>();
    final MultiSelectComboBox<RoleCatalog.Named> targetGroups = new MultiSelectComboBox<>();
    final MultiSelectComboBox<RoleCatalog.Place> municipalities = new MultiSelectComboBox<>();

    AssignmentDialog(RoleEditing editing, RoleCatalog catalog, UUID roleId, RoleCatalog.AssignmentLine existing,
                     Runnable saved) {
        setHeaderTitle(getTranslation(existing == null ? "roles.assignment.new" : "roles.assignment.edit"));
        List<RoleCatalog.Named> actors = editing.editableActors();
        actor.setLabel(getTranslation("roles.assignment.actor"));
        actor.setRequiredIndicatorVisible(true);
        actor.setItems(actors);
        actor.setItemLabelGenerator(named -> named.name().get(getLocale()));
        targetGroups.setLabel(getTranslation("roles.assignment.target-groups"));
        targetGroups.setRequiredIndicatorVisible(true);
        List<RoleCatalog.Named> groups = catalog.targetGroupChoices();
        targetGroups.setItems(groups);
        targetGroups.setItemLabelGenerator(named -> named.name().get(getLocale()));
        List<RoleCatalog.Place> places = catalog.municipalityChoices();
        municipalities.setLabel(getTranslation("roles.assignment.municipalities"));
        municipalities.setHelperText(getTranslation("roles.assignment.municipalities.help"));
        municipalities.setItems(places);
        municipalities.setItemLabelGenerator(place -> place.name().get(getLocale()));
        LocalizedTextFields responsibilities = LocalizedTextFields.area("responsibilities",
                getTranslation("roles.assignment.responsibilities"), false);
        if (existing != null) {
            actors.stream().filter(a -> a.id().equals(existing.actor().id())).findFirst().ifPresent(actor::setValue);
            targetGroups.setValue(groups.stream().filter(g -> existing.targetGroupIds().contains(g.id()))
                    .collect(Collectors.toSet()));
            municipalities.setValue(places.stream().filter(p -> existing.municipalityCodes().contains(p.code()))
                    .collect(Collectors.toSet()));
            responsibilities.setValue(existing.responsibilities());
        }
        FormErrors errors = new FormErrors();
        Div form = new Div(errors, actor, targetGroups, municipalities, responsibilities);
        form.addClassName("assignment-form");
        add(form);
        Button save = new Button(getTranslation("roles.save"), click -> {
            AssignmentContent content = new AssignmentContent(actor.getValue() == null ? null : actor.getValue().id(),
                    targetGroups.getValue().stream().map(RoleCatalog.Named::id).collect(Collectors.toSet()),
                    municipalities.getValue().stream().map(RoleCatalog.Place::code).collect(Collectors.toSet()),
                    responsibilities.getValue());
            try {
                if (existing == null) {
                    editing.createAssignment(roleId, content);
                } else {
                    editing.updateAssignment(existing.id(), existing.version(), content);
                }
                close();
                saved.run();
            } catch (ValidationException invalid) {
                Map<String, HasValidation> fields = new HashMap<>(responsibilities.errorTargets());
                fields.put("actor", actor);
                fields.put("targetGroups", targetGroups);
                errors.show(invalid.getFieldErrors(), fields, field -> field);
            } catch (ConflictException conflict) {
                errors.showMessage(getTranslation("roles.error.conflict"));
            } catch (RejectedInputException rejected) {
                errors.showMessage(getTranslation(rejected.getMessageKey(), rejected.getArguments()));
            } catch (AccessDeniedException denied) {
                errors.showMessage(getTranslation("roles.error.not-allowed"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("roles.cancel"), click -> close()), save);
    }
}
