package fi.ekokartta.roadmap.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.select.Select;
import fi.ekokartta.base.domain.ConflictException;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.domain.ValidationException;
import fi.ekokartta.base.ui.FormErrors;
import fi.ekokartta.roadmap.ProgressStatus;
import fi.ekokartta.roadmap.RoadmapEditing;
import org.springframework.security.access.AccessDeniedException;

import java.util.Map;
import java.util.function.Function;

/** What the roadmap's goal and action dialogs share: the status choice, a save's outcome and the delete question. */
final class RoadmapForms {

    private RoadmapForms() {
    }

    static Select<ProgressStatus> statusSelect(Component view, ProgressStatus value) {
        Select<ProgressStatus> status = new Select<>();
        status.setLabel(view.getTranslation("roadmap.field.status"));
        status.setItems(ProgressStatus.values());
        status.setItemLabelGenerator(s -> view.getTranslation("roadmap.status." + s));
        status.setValue(value == null ? ProgressStatus.PLANNED : value);
        return status;
    }

    /** Runs a save; true when it went through, otherwise the reason is shown in the form's errors. */
    static boolean attempt(Component view, FormErrors errors, Map<String, ? extends HasValidation> fields,
                           Function<String, String> label, Runnable save) {
        try {
            save.run();
            return true;
        } catch (ValidationException invalid) {
            errors.show(invalid.getFieldErrors(), fields, label);
        } catch (ConflictException conflict) {
            errors.showMessage(view.getTranslation("roadmap.error.conflict"));
        } catch (RejectedInputException rejected) {
            errors.showMessage(view.getTranslation(rejected.getMessageKey(), rejected.getArguments()));
        } catch (AccessDeniedException denied) {
            errors.showMessage(view.getTranslation("roadmap.refused"));
        }
        return false;
    }

    /** Asks before deleting; the delete runs only on confirmation. */
    static ConfirmDialog confirmDelete(Component view, String header, String text, Runnable delete) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(view.getTranslation("roadmap.cancel"));
        dialog.setConfirmText(view.getTranslation("roadmap.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> delete.run());
        dialog.open();
        return dialog;
    }

    static RoadmapEditing.OwnerChoice find(java.util.List<RoadmapEditing.OwnerChoice> choices, java.util.UUID id) {
        return id == null ? null : choices.stream().filter(choice -> choice.id().equals(id)).findFirst().orElse(null);
    }
}
