package fi.ekokartta.assessment.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import fi.ekokartta.assessment.AssessmentQuestions;
import fi.ekokartta.assessment.QuestionContent;
import fi.ekokartta.assessment.QuestionKind;
import fi.ekokartta.base.domain.ConflictException;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.domain.ValidationException;
import fi.ekokartta.base.ui.FormErrors;
import fi.ekokartta.base.ui.LocalizedTextFields;
import org.springframework.security.access.AccessDeniedException;

import java.util.HashMap;
import java.util.Map;

/** A coordinator's dialog for a self-assessment question: a new one (row null) or a change to one. */
class QuestionDialog extends Dialog {

    QuestionDialog(AssessmentQuestions questions, AssessmentQuestions.Row row, Runnable saved) {
        setHeaderTitle(getTranslation(row == null ? "assessment.question.new" : "assessment.question.edit"));
        LocalizedTextFields text = LocalizedTextFields.line("text", getTranslation("assessment.question.text"), true);
        Select<QuestionKind> kind = new Select<>();
        kind.setLabel(getTranslation("assessment.question.kind"));
        kind.setItems(QuestionKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("assessment.kind." + value.name()));
        kind.setValue(row == null ? QuestionKind.SCALE : row.kind());
        if (row != null) {
            text.setValue(row.text());
        }
        FormErrors errors = new FormErrors();
        Div form = new Div(errors, text, kind);
        form.addClassName("assessment-question-form");
        add(form);
        Button save = new Button(getTranslation("assessment.save"), click -> {
            QuestionContent content = new QuestionContent(text.getValue(), kind.getValue());
            try {
                if (row == null) {
                    questions.create(content);
                } else {
                    questions.update(row.id(), row.version(), content);
                }
                close();
                saved.run();
            } catch (ValidationException invalid) {
                Map<String, HasValidation> fields = new HashMap<>(text.errorTargets());
                fields.put("kind", kind);
                errors.show(invalid.getFieldErrors(), fields, field -> field);
            } catch (ConflictException conflict) {
                errors.showMessage(getTranslation("assessment.error.conflict"));
            } catch (RejectedInputException rejected) {
                errors.showMessage(getTranslation(rejected.getMessageKey(), rejected.getArguments()));
            } catch (AccessDeniedException denied) {
                errors.showMessage(getTranslation("assessment.error.not-allowed"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("assessment.cancel"), click -> close()), save);
    }
}
