package fi.ekokartta.stewardship.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import fi.ekokartta.accessibility.AccessibilityFeedback;
import fi.ekokartta.accessibility.AccessibilityFeedbackService;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.i18n.FinnishDates;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import java.time.LocalDate;

/**
 * Accessibility feedback for coordinators and administrators: the law gives 14 days for an
 * answer, so each message shows its last day, the late ones are flagged (and counted above the
 * list), the unanswered come first, and "Kirjaa vastaus" records the answer given, which is
 * e-mailed to a sender who left her address (the list says whether and when it was sent).
 */
class AccessibilityFeedbackList extends Div {

    static final String ANSWER = "answer";
    static final String DUE = "due";

    private final AccessibilityFeedbackService feedback;
    private final int pageSize;
    private int page;

    AccessibilityFeedbackList(AccessibilityFeedbackService feedback, int pageSize) {
        this.feedback = feedback;
        this.pageSize = pageSize;
        refresh();
    }

    void refresh() {
        removeAll();
        Page<AccessibilityFeedback> received = feedback.received(PageRequest.of(page, pageSize));
        if (received.isEmpty() && page > 0) {
            page = Math.max(0, received.getTotalPages() - 1);
            refresh();
            return;
        }
        if (received.isEmpty()) {
            add(new Paragraph(getTranslation("dashboard.feedback.none")));
            return;
        }
        LocalDate today = FinnishDates.today();
        Grid<AccessibilityFeedback> grid = new Grid<>();
        grid.addColumn(AccessibilityFeedback::getMessage).setHeader(getTranslation("dashboard.feedback.message")).setFlexGrow(3);
        grid.addColumn(AccessibilityFeedback::getPage).setHeader(getTranslation("dashboard.feedback.page"));
        grid.addComponentColumn(item -> item.getReporterEmail() == null ? new Span()
                : new Anchor("mailto:" + item.getReporterEmail(), item.getReporterEmail())).setHeader(getTranslation("report.email"));
        grid.addColumn(item -> FinnishDates.date(FinnishDates.dayOf(item.getReceivedAt())))
                .setHeader(getTranslation("dashboard.feedback.received")).setAutoWidth(true);
        grid.addComponentColumn(item -> due(item, today)).setHeader(getTranslation("dashboard.feedback.due")).setAutoWidth(true).setKey(DUE);
        grid.addComponentColumn(this::answer).setHeader(getTranslation("dashboard.feedback.answer")).setFlexGrow(3).setKey(ANSWER);
        grid.setItems(received.getContent());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("dashboard.feedback.title"));
        long late = feedback.lateCount();
        Paragraph count = new Paragraph(getTranslation("dashboard.feedback.count", received.getTotalElements()));
        add(count);
        if (late > 0) {
            Paragraph lateCount = new Paragraph(getTranslation("dashboard.feedback.late-count", late));
            lateCount.addClassName("late");
            add(lateCount);
        }
        add(grid, new ListPager(received, getTranslation("dashboard.feedback.title"), goTo -> {
            page = goTo;
            refresh();
        }));
    }

    private Component due(AccessibilityFeedback item, LocalDate today) {
        Div due = new Div(new Span(FinnishDates.date(item.answerDue())));
        if (item.isLate(today)) {
            Span late = new Span(getTranslation(item.isAnswered() ? "dashboard.feedback.answered-late" : "dashboard.feedback.late"));
            late.getElement().getThemeList().add("badge error");
            due.add(new Span(" "), late);
        }
        return due;
    }

    private Component answer(AccessibilityFeedback item) {
        if (item.isAnswered()) {
            Div answered = new Div(new Paragraph(item.getAnswer()), new Paragraph(getTranslation("dashboard.feedback.answered-by",
                    item.getAnsweredBy(), FinnishDates.date(FinnishDates.dayOf(item.getAnsweredAt())))));
            if (item.getAnswerSentAt() != null) {
                Paragraph sent = new Paragraph(getTranslation("dashboard.feedback.answer-sent", item.getReporterEmail(),
                        FinnishDates.date(FinnishDates.dayOf(item.getAnswerSentAt()))));
                sent.addClassName("answer-sent");
                answered.add(sent);
            } else if (item.getReporterEmail() != null) {
                answered.add(new Paragraph(getTranslation("dashboard.feedback.answer-not-sent")));
            }
            return answered;
        }
        Button record = new Button(getTranslation("dashboard.feedback.record"), click -> openAnswer(item));
        record.addThemeVariants(ButtonVariant.LUMO_SMALL);
        record.addClassName("feedback-answer");
        return record;
    }

    private void openAnswer(AccessibilityFeedback item) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("dashboard.feedback.record"));
        TextArea answer = new TextArea(getTranslation("a11y-answer.text"));
        answer.setHelperText(item.getReporterEmail() != null && feedback.mailsAnswers()
                ? getTranslation("a11y-answer.text.help-mailed", item.getReporterEmail()) : getTranslation("a11y-answer.text.help"));
        answer.setMaxLength(AccessibilityFeedback.MAX_ANSWER_LENGTH);
        answer.setWidthFull();
        dialog.add(new Paragraph(item.getMessage()), answer);
        Button save = new Button(getTranslation("a11y-answer.save"), click -> {
            boolean mailed;
            try {
                mailed = feedback.answer(item.getId(), answer.getValue());
            } catch (RejectedInputException rejected) {
                answer.setInvalid(true);
                answer.setErrorMessage(getTranslation(rejected.getMessageKey(), rejected.getArguments()));
                return;
            }
            dialog.close();
            refresh();
            Notification.show(getTranslation(mailed ? "a11y-answer.saved-and-sent" : "a11y-answer.saved"), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("report.cancel"), click -> dialog.close()), save);
        dialog.open();
        answer.focus();
    }
}
