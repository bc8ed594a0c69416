package fi.ekokartta.stewardship.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.i18n.Language;
import fi.ekokartta.base.ui.InputErrors;
import fi.ekokartta.base.web.RateLimitedException;
import fi.ekokartta.stewardship.EntryKind;
import fi.ekokartta.stewardship.OutdatedReport;
import fi.ekokartta.stewardship.OutdatedReportService;

import java.util.UUID;

/**
 * "Report outdated information" on a service or actor page, open to everyone: a short form whose
 * message becomes a task for the entry's update responsible. Asks for no client details.
 */
public class ReportOutdatedButton extends Button {

    public ReportOutdatedButton(OutdatedReportService reports, EntryKind kind, UUID entryId) {
        setText(getTranslation("report.open"));
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("report-outdated");
        addClickListener(click -> open(reports, kind, entryId));
    }

    private void open(OutdatedReportService reports, EntryKind kind, UUID entryId) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("report.title"));
        TextArea message = new TextArea(getTranslation("report.message"));
        message.setHelperText(getTranslation("report.message.help"));
        message.setMaxLength(OutdatedReport.MAX_MESSAGE_LENGTH);
        message.setRequiredIndicatorVisible(true);
        message.setWidthFull();
        EmailField email = new EmailField(getTranslation("report.email"));
        email.setHelperText(getTranslation("report.email.help"));
        email.setWidthFull();
        dialog.add(new Paragraph(getTranslation("report.lead")), message, email);
        Button send = new Button(getTranslation("report.send"), click -> {
            try {
                reports.report(kind, entryId, message.getValue(), email.getValue(), Language.of(getLocale()));
                dialog.close();
                Notification.show(getTranslation("report.sent"), 5000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (RejectedInputException rejected) {
                InputErrors.show(rejected, message, email);
            } catch (RateLimitedException tooMany) {
                dialog.close();
                Notification.show(getTranslation("ratelimit.forms", tooMany.retryAfterMinutes()), 8000,
                        Notification.Position.BOTTOM_START);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("report.cancel"), click -> dialog.close());
        dialog.getFooter().add(cancel, send);
        dialog.open();
        message.focus();
    }
}
