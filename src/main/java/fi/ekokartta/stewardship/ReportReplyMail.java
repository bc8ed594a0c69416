package fi.ekokartta.stewardship;

import com.vaadin.flow.i18n.I18NProvider;
import fi.ekokartta.base.config.OutgoingMail;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.base.i18n.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * The reply to the person who reported outdated information, when her report is closed (fixed or
 * rejected) and she left an address: in the language she wrote the report in (Finnish for reports
 * from before languages were kept), with the handler's note and her own message. The entry's
 * public page is linked when {@code ekokartta.public-url} is set.
 */
@Component
class ReportReplyMail {

    private static final Logger log = LoggerFactory.getLogger(ReportReplyMail.class);

    private final OutgoingMail mail;
    private final I18NProvider texts;

    ReportReplyMail(OutgoingMail mail, I18NProvider texts) {
        this.mail = mail;
        this.texts = texts;
        if (!mail.isOn()) {
            log.info("E-mail is off (no spring.mail.host): reporters of outdated information get no replies");
        }
    }

    boolean isOn() {
        return mail.isOn();
    }

    /** Sends the reply; a MailException when it is not sent. */
    void send(OutdatedReport report) {
        var locale = Language.fromCode(report.getLanguage()).orElse(Language.DEFAULT).locale();
        String outcome = texts.getTranslation("report-mail.outcome." + report.getStatus().name().toLowerCase(Locale.ROOT), locale);
        String note = report.getHandlingNote() == null || report.getHandlingNote().isBlank()
                ? "" : texts.getTranslation("report-mail.note", locale, report.getHandlingNote());
        String link = mail.publicLink(report.getEntryKind().pagePath() + report.getEntryId());
        mail.send(texts.getTranslation("report-mail.subject", locale, report.getEntryName()),
                texts.getTranslation("report-mail.body", locale, report.getEntryName(),
                        FinnishDates.date(FinnishDates.dayOf(report.getReportedAt())), outcome, note, report.getMessage(), link),
                report.getReporterEmail());
    }
}
