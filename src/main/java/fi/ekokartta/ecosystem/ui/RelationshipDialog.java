package fi.ekokartta.ecosystem.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import fi.ekokartta.base.domain.ConflictException;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.domain.ValidationException;
import fi.ekokartta.base.ui.EditorDates;
import fi.ekokartta.base.ui.FormErrors;
import fi.ekokartta.base.ui.LocalizedTextFields;
import fi.ekokartta.ecosystem.RelationshipContent;
import fi.ekokartta.ecosystem.RelationshipEditing;
import fi.ekokartta.ecosystem.RelationshipType;
import fi.ekokartta.ecosystem.RoleCatalog;
import org.springframework.security.access.AccessDeniedException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Uusi suhde" / "Muokkaa suhdetta": from which actor (only actors the user keeps current are
 * offered) to which, the type, the description in three languages and the validity; an existing
 * relationship can also be ended (on the "valid until" day, or today) or deleted.
 */
class RelationshipDialog extends Dialog {

    final ComboBox<RoleCatalog.Named> source = new ComboBox<>();
    final ComboBox<RoleCatalog.Named> target = new ComboBox<>();
    final RadioButtonGroup<RelationshipType> type = new RadioButtonGroup<>();
    final DatePicker validFrom;
    final DatePicker validTo;
    private final FormErrors errors = new FormErrors();
    private final LocalizedTextFields description;
    private final RelationshipEditing editing;
    private final Runnable saved;

    RelationshipDialog(RelationshipEditing editing, RelationshipEditing.Editable existing, Runnable saved) {
        this.editing = editing;
        this.saved = saved;
        setHeaderTitle(getTranslation(existing == null ? "network.edit.title.new" : "network.edit.title.edit"));
        List<RoleCatalog.Named> sources = editing.sourceChoices();
        List<RoleCatalog.Named> targets = editing.targetChoices();
        source.setLabel(getTranslation("network.edit.source"));
        source.setRequiredIndicatorVisible(true);
        source.setItems(sources);
        source.setItemLabelGenerator(named -> named.name().get(getLocale()));
        target.setLabel(getTranslation("network.edit.target"));
        target.setRequiredIndicatorVisible(true);
        target.setItems(targets);
        target.setItemLabelGenerator(named -> named.name().get(getLocale()));
        type.setLabel(getTranslation("network.edit.type"));
        type.setRequiredIndicatorVisible(true);
        type.setItems(RelationshipType.values());
        type.setItemLabelGenerator(t -> t == null ? "" : getTranslation("network.type." + t.name()));
        description = LocalizedTextFields.area("description", getTranslation("network.edit.description"), false);
        validFrom = EditorDates.picker(getTranslation("network.edit.valid-from"), getLocale());
        validTo = EditorDates.picker(getTranslation("network.edit.valid-to"), getLocale());
        validFrom.setHelperText(getTranslation("network.edit.valid.help"));
        if (existing != null) {
            RelationshipContent content = existing.content();
            sources.stream().filter(a -> a.id().equals(content.sourceId())).findFirst().ifPresent(source::setValue);
            targets.stream().filter(a -> a.id().equals(content.targetId())).findFirst().ifPresent(target::setValue);
            type.setValue(content.type());
            description.setValue(content.description());
            validFrom.setValue(content.validFrom());
            validTo.setValue(content.validTo());
        }
        Div dates = new Div(validFrom, validTo);
        dates.addClassName("relationship-dates");
        Div form = new Div(errors, source, type, target, description, dates);
        form.addClassName("relationship-form");
        add(form);
        Button save = new Button(getTranslation("network.edit.save"), click -> attempt(() -> {
            if (existing == null) {
                editing.create(content());
            } else {
                editing.update(existing.id(), existing.version(), content());
            }
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("network.edit.cancel"), click -> close());
        if (existing != null) {
            Button end = new Button(getTranslation("network.edit.end"),
                    click -> attempt(() -> editing.end(existing.id(), existing.version(), validTo.getValue())));
            end.setTooltipText(getTranslation("network.edit.end.help"));
            end.getElement().setAttribute("aria-description", getTranslation("network.edit.end.help"));
            end.addClassName("relationship-end");
            Button delete = new Button(getTranslation("network.edit.delete"), click -> confirmDelete(existing));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            delete.addClassName("relationship-delete");
            getFooter().add(delete, end);
        }
        getFooter().add(cancel, save);
    }

    private RelationshipContent content() {
        return new RelationshipContent(source.getValue() == null ? null : source.getValue().id(),
                target.getValue() == null ? null : target.getValue().id(), type.getValue(), description.getValue(),
                validFrom.getValue(), validTo.getValue());
    }

    private void confirmDelete(RelationshipEditing.Editable existing) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("network.edit.confirm.title"));
        confirm.setText(getTranslation("network.edit.delete.confirm"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("network.edit.cancel"));
        confirm.setConfirmText(getTranslation("network.edit.confirm.yes"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> attempt(() -> editing.delete(existing.id(), existing.version())));
        confirm.open();
    }

    /** Runs the command; on success closes and tells the page, else shows why on the form. */
    private void attempt(Runnable command) {
        try {
            command.run();
            close();
            saved.run();
        } catch (ValidationException invalid) {
            Map<String, HasValidation> fields = new HashMap<>(description.errorTargets());
            fields.put("source", source);
            fields.put("target", target);
            fields.put("type", type);
            fields.put("validFrom", validFrom);
            fields.put("validTo", validTo);
            errors.show(invalid.getFieldErrors(), fields, field -> field);
        } catch (ConflictException conflict) {
            errors.showMessage(getTranslation("network.error.conflict"));
        } catch (RejectedInputException rejected) {
            errors.showMessage(getTranslation(rejected.getMessageKey(), rejected.getArguments()));
        } catch (AccessDeniedException denied) {
            errors.showMessage(getTranslation("network.error.not-allowed"));
        }
    }
}
