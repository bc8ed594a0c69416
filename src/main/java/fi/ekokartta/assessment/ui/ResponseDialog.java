package fi.ekokartta.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import fi.ekokartta.assessment.AssessmentAnswer;
import fi.ekokartta.assessment.AssessmentReview;
import fi.ekokartta.assessment.QuestionKind;
import fi.ekokartta.assessment.ReviewStatus;
import fi.ekokartta.base.domain.ConflictException;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.base.ui.FormErrors;
import org.springframework.security.access.AccessDeniedException;

import java.util.Locale;
import java.util.UUID;

/**
 * One response for review: the answers, and each proposed change as it is now → as proposed;
 * "Hyväksy muutokset" applies them all at once, "Hylkää" rejects them with a comment.
 */
class ResponseDialog extends Dialog {

    ResponseDialog(AssessmentReview review, UUID responseId, Runnable reviewed) {
        AssessmentReview.Detail detail = review.detail(responseId);
        setHeaderTitle(getTranslation("assessment.review.title", detail.actorName().get(getLocale()), String.valueOf(detail.year())));
        addClassName("assessment-review-dialog");
        FormErrors errors = new FormErrors();
        add(errors, new Paragraph(getTranslation("assessment.review.by", detail.responderName(),
                FinnishDates.date(FinnishDates.dayOf(detail.submittedAt())),
                getTranslation("assessment.status." + detail.status().name()))));
        if (detail.comment() != null) {
            add(new Paragraph(getTranslation("assessment.review.comment-was", detail.comment())));
        }
        add(new H3(getTranslation("assessment.review.changes")));
        if (detail.changes().isEmpty()) {
            add(new Paragraph(getTranslation("assessment.review.no-changes")));
        } else {
            UnorderedList changes = new UnorderedList();
            changes.addClassName("assessment-changes");
            detail.changes().forEach(change -> changes.add(new ListItem(describe(change))));
            add(changes);
        }
        add(new H3(getTranslation("assessment.review.answers")));
        UnorderedList answers = new UnorderedList();
        for (AssessmentReview.Answer answer : detail.answers()) {
            String value = answer.kind() == QuestionKind.SCALE ? String.valueOf(answer.score()) : answer.text();
            answers.add(new ListItem(answer.question().get(getLocale()) + ": " + value));
        }
        add(answers);
        Button close = new Button(getTranslation("assessment.close"), click -> close());
        if (detail.status() != ReviewStatus.PENDING) {
            getFooter().add(close);
            return;
        }
        TextArea comment = new TextArea(getTranslation("assessment.review.comment"));
        comment.setMaxLength(AssessmentAnswer.MAX_TEXT);
        comment.addClassName("assessment-wide");
        add(comment);
        Button apply = new Button(getTranslation("assessment.review.apply"), click -> act(errors, reviewed,
                () -> review.apply(detail.id(), detail.version())));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reject = new Button(getTranslation("assessment.review.reject"), click -> act(errors, reviewed,
                () -> review.reject(detail.id(), detail.version(), comment.getValue())));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        getFooter().add(close, reject, apply);
    }

    private void act(FormErrors errors, Runnable reviewed, Runnable action) {
        try {
            action.run();
            close();
            reviewed.run();
        } catch (ConflictException conflict) {
            errors.showMessage(getTranslation("assessment.error.conflict"));
        } catch (RejectedInputException rejected) {
            errors.showMessage(getTranslation(rejected.getMessageKey(), rejected.getArguments()));
        } catch (AccessDeniedException denied) {
            errors.showMessage(getTranslation("assessment.error.not-allowed"));
        }
    }

    private Div describe(AssessmentReview.Change change) {
        String kind = getTranslation("assessment.change." + change.kind().name());
        String subject = change.subject() == null ? "" : change.subject().get(getLocale());
        String type = change.type() == null ? "" : getTranslation("network.type." + change.type().name());
        String before = change.before() == null || change.before().isBlank() ? getTranslation("assessment.change.nothing") : change.before();
        String after = change.after() == null || change.after().isBlank() ? getTranslation("assessment.change.nothing") : change.after();
        String text = switch (change.kind()) {
            case REMOVE_ASSIGNMENT -> getTranslation("assessment.change.line.assignment", subject);
            case ASSIGNMENT_NOTE -> getTranslation("assessment.change.line.note", subject, after);
            case END_RELATIONSHIP -> getTranslation("assessment.change.line.end", type, subject);
            case NEW_RELATIONSHIP -> getTranslation("assessment.change.line.new", type, subject, after);
            case CORRECT_CONTACT -> getTranslation("assessment.change.line.contact", before, after);
            case REMOVE_CONTACT -> getTranslation("assessment.change.line.remove-contact", before);
        };
        Div line = new Div(new com.vaadin.flow.component.html.Span(kind + ": "), new com.vaadin.flow.component.html.Span(text));
        line.addClassName("assessment-change-" + change.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return line;
    }
}
