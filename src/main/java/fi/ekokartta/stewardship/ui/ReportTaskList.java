package fi.ekokartta.stewardship.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.stewardship.OutdatedReport;
import fi.ekokartta.stewardship.OutdatedReportService;
import fi.ekokartta.stewardship.ReportStatus;
import fi.ekokartta.stewardship.ReportTask;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The outdated-information tasks on the dashboard: the whole message, the reporter's address, the
 * status with its note, a link into the entry's editor, and "Käsittele", which asks for
 * confirmation of the new status (and says when the reporter will be answered). A change can be
 * undone from the notification that follows it; a closed task is found under "Käsitellyt" and
 * can be reopened there.
 */
class ReportTaskList extends Div {

    static final String ENTRY = "entry";
    static final String EDITOR = "editor";
    static final String HANDLE = "handle";
    static final String REPORTER = "reporter";
    static final String STATUS = "status";

    /** Which tasks are listed. */
    enum Shown {
        OPEN(EnumSet.of(ReportStatus.OPEN, ReportStatus.IN_PROGRESS)),
        CLOSED(EnumSet.of(ReportStatus.FIXED, ReportStatus.REJECTED)),
        ALL(EnumSet.allOf(ReportStatus.class));

        final Set<ReportStatus> statuses;

        Shown(Set<ReportStatus> statuses) {
            this.statuses = statuses;
        }
    }

    private final OutdatedReportService reports;
    private final int pageSize;
    private final Div list = new Div();
    private final Select<Shown> shown = new Select<>();
    private int page;

    ReportTaskList(OutdatedReportService reports, int pageSize) {
        this.reports = reports;
        this.pageSize = pageSize;
        shown.setLabel(getTranslation("dashboard.reports.shown"));
        shown.setItems(Shown.values());
        shown.setItemLabelGenerator(choice -> getTranslation("dashboard.reports.shown." + choice.name().toLowerCase(Locale.ROOT)));
        shown.setValue(Shown.OPEN);
        shown.addValueChangeListener(change -> {
            page = 0;
            refresh();
        });
        add(shown, list);
        refresh();
    }

    void refresh() {
        list.removeAll();
        Page<ReportTask> tasks = reports.tasks(shown.getValue().statuses, PageRequest.of(page, pageSize));
        if (tasks.isEmpty() && page > 0) {
            page = Math.max(0, tasks.getTotalPages() - 1);
            refresh();
            return;
        }
        if (tasks.isEmpty()) {
            list.add(new Paragraph(getTranslation(shown.getValue() == Shown.OPEN ? "dashboard.reports.none" : "dashboard.reports.none-shown")));
            return;
        }
        Grid<ReportTask> grid = new Grid<>();
        grid.addComponentColumn(task -> new Anchor(task.kind().pagePath() + task.entryId(), task.entryName()))
                .setHeader(getTranslation("dashboard.reports.entry")).setFlexGrow(2).setKey(ENTRY);
        grid.addColumn(ReportTask::message).setHeader(getTranslation("dashboard.reports.message")).setFlexGrow(4);
        grid.addComponentColumn(this::reporter).setHeader(getTranslation("dashboard.reports.reporter")).setFlexGrow(2).setKey(REPORTER);
        grid.addColumn(task -> task.responsible().get(getLocale())).setHeader(getTranslation("dashboard.reports.responsible"));
        grid.addColumn(task -> FinnishDates.date(FinnishDates.dayOf(task.reportedAt())))
                .setHeader(getTranslation("dashboard.reports.reported")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("dashboard.reports.status")).setFlexGrow(2).setKey(STATUS);
        grid.addComponentColumn(task -> {
            Anchor editor = new Anchor(task.editorPath(), getTranslation("dashboard.reports.edit"));
            editor.getElement().setAttribute("aria-label", getTranslation("dashboard.reports.edit") + ": " + task.entryName());
            return editor;
        }).setAutoWidth(true).setKey(EDITOR);
        grid.addComponentColumn(this::handleButton).setAutoWidth(true).setKey(HANDLE);
        grid.setItems(tasks.getContent());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("dashboard.reports.title"));
        list.add(new Paragraph(getTranslation(shown.getValue() == Shown.OPEN ? "dashboard.reports.count" : "dashboard.reports.count-shown",
                tasks.getTotalElements())), grid,
                new ListPager(tasks, getTranslation("dashboard.reports.title"), goTo -> {
                    page = goTo;
                    refresh();
                }));
    }

    private Component reporter(ReportTask task) {
        if (task.reporterEmail() == null) {
            return new Span(getTranslation("dashboard.reports.reporter.none"));
        }
        return new Anchor("mailto:" + task.reporterEmail(), task.reporterEmail());
    }

    private Component status(ReportTask task) {
        Div status = new Div(new Span(statusName(task.status())));
        if (task.handlingNote() != null) {
            status.add(new Paragraph(getTranslation("dashboard.reports.note") + ": " + task.handlingNote()));
        }
        if (task.statusChangedBy() != null) {
            status.add(new Paragraph(getTranslation("dashboard.reports.changed", task.statusChangedBy(),
                    FinnishDates.date(FinnishDates.dayOf(task.statusChangedAt())))));
        }
        if (task.replySentAt() != null) {
            status.add(new Paragraph(getTranslation("dashboard.reports.replied", FinnishDates.date(FinnishDates.dayOf(task.replySentAt())))));
        }
        return status;
    }

    private Component handleButton(ReportTask task) {
        if (!task.mayHandle()) {
            return new Span();
        }
        Button handle = new Button(getTranslation("dashboard.reports.handle"), click -> openHandling(task));
        handle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        handle.addClassName("report-handle");
        handle.setAriaLabel(getTranslation("dashboard.reports.handle") + ": " + task.entryName());
        return handle;
    }

    private String statusName(ReportStatus status) {
        return getTranslation("report-status." + status.name().toLowerCase(Locale.ROOT));
    }

    /** The confirmation: the message, the new status and the note, and what will follow. */
    private void openHandling(ReportTask task) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("report-handling.title", task.entryName()));
        RadioButtonGroup<ReportStatus> status = new RadioButtonGroup<>(getTranslation("dashboard.reports.status"));
        status.setItems(ReportStatus.values());
        status.setItemLabelGenerator(this::statusName);
        status.setValue(task.status() == ReportStatus.OPEN ? ReportStatus.IN_PROGRESS : task.status());
        TextArea note = new TextArea(getTranslation("report-handling.note"));
        note.setHelperText(getTranslation("report-handling.note.help"));
        note.setMaxLength(OutdatedReport.MAX_NOTE_LENGTH);
        note.setValue(task.handlingNote() == null ? "" : task.handlingNote());
        note.setWidthFull();
        Paragraph consequence = new Paragraph();
        status.addValueChangeListener(change -> consequence.setText(consequence(task, change.getValue())));
        consequence.setText(consequence(task, status.getValue()));
        dialog.add(new Paragraph(task.message()), status, note, consequence);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("report-handling.cancel"));
        dialog.setConfirmText(getTranslation("report-handling.confirm"));
        dialog.addConfirmListener(confirm -> change(task, status.getValue(), note.getValue(), true));
        dialog.open();
    }

    private String consequence(ReportTask task, ReportStatus status) {
        if (status == null || !status.isClosed()) {
            return getTranslation("report-handling.stays-open");
        }
        if (task.reporterEmail() == null) {
            return getTranslation("report-handling.closes");
        }
        if (task.replySentAt() != null) {
            return getTranslation("report-handling.closes-already-replied");
        }
        if (!reports.repliesByMail()) {
            return getTranslation("report-handling.closes-mail-off", task.reporterEmail());
        }
        return getTranslation("report-handling.closes-with-reply", task.reporterEmail());
    }

    private void change(ReportTask task, ReportStatus status, String note, boolean undoable) {
        boolean replied;
        try {
            replied = reports.changeStatus(task.id(), status, note);
        } catch (RejectedInputException rejected) {
            Notification.show(getTranslation(rejected.getMessageKey(), rejected.getArguments()), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        refresh();
        String done = getTranslation("report-handling.done", task.entryName(), statusName(status))
                + (replied ? " " + getTranslation("report-handling.replied") : "");
        Notification notification = new Notification();
        notification.setDuration(10000);
        notification.setPosition(Notification.Position.BOTTOM_START);
        Span text = new Span(done);
        if (undoable) {
            Button undo = new Button(getTranslation("report-handling.undo"), click -> {
                notification.close();
                change(task, task.status(), task.handlingNote(), false);
            });
            undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            notification.add(text, undo);
        } else {
            notification.add(text);
        }
        notification.open();
    }
}
