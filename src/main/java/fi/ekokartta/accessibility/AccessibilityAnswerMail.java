package fi.ekokartta.accessibility;

import fi.ekokartta.base.config.OutgoingMail;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.base.i18n.Language;
import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The answer to accessibility feedback, e-mailed to its sender when she left an address: in the
 * language she wrote in, with the answer, her own message, and where to turn if she is not
 * satisfied (the supervisory authority, as in the accessibility statement).
 */
@Component
class AccessibilityAnswerMail {

    private static final Logger log = LoggerFactory.getLogger(AccessibilityAnswerMail.class);

    private final OutgoingMail mail;
    private final I18NProvider texts;
    private final SupervisoryAuthority supervisor;

    AccessibilityAnswerMail(OutgoingMail mail, I18NProvider texts, SupervisoryAuthority supervisor) {
        this.mail = mail;
        this.texts = texts;
        this.supervisor = supervisor;
        if (!mail.isOn()) {
            log.info("E-mail is off (no spring.mail.host): answers to accessibility feedback are not e-mailed");
        }
    }

    boolean isOn() {
        return mail.isOn();
    }

    /** Sends the answer; a MailException when it is not sent. */
    void send(AccessibilityFeedback feedback) {
        var locale = Language.fromCode(feedback.getLanguage()).orElse(Language.DEFAULT).locale();
        mail.send(texts.getTranslation("a11y-answer-mail.subject", locale),
                texts.getTranslation("a11y-answer-mail.body", locale,
                        FinnishDates.date(FinnishDates.dayOf(feedback.getReceivedAt())), feedback.getAnswer(),
                        feedback.getMessage(), supervisor.name().get(locale), supervisor.url().toString()),
                feedback.getReporterEmail());
    }
}
