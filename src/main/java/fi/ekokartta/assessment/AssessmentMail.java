package fi.ekokartta.assessment;

import com.vaadin.flow.i18n.I18NProvider;
import fi.ekokartta.base.config.OutgoingMail;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.base.i18n.Language;
import fi.ekokartta.stewardship.ActorMailRecipients.Recipient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The invitation and reminder e-mails of the self-assessment: in Finnish with a short line in
 * Swedish and English, as the weekly reminders are, with the recipient's own signed link.
 */
@Component
class AssessmentMail {

    private static final Locale FINNISH = Language.FI.locale();

    private final OutgoingMail mail;
    private final I18NProvider texts;
    private final AssessmentLinks links;

    AssessmentMail(OutgoingMail mail, I18NProvider texts, AssessmentLinks links) {
        this.mail = mail;
        this.texts = texts;
        this.links = links;
    }

    boolean isOn() {
        return mail.isOn();
    }

    /** One recipient's invitation (or reminder); a MailException when it is not sent. */
    void send(AssessmentRound round, AssessmentInvitation invitation, Recipient recipient, boolean reminder) {
        String token = links.token(round.getId(), invitation.getActor().getId(), recipient.userId(), round.getClosesOn());
        String actor = invitation.getActor().getName().get(FINNISH);
        LocalDate closes = round.getClosesOn();
        String text = text("assessment-mail.greeting", recipient.name()) + "\n\n"
                + text(reminder ? "assessment-mail.reminder-lead" : "assessment-mail.lead", String.valueOf(round.getYear()), actor) + "\n\n"
                + mail.linkOrPath(AssessmentForm.ROUTE + "/" + token) + "\n\n"
                + text("assessment-mail.closes", FinnishDates.date(closes))
                + "\n\n---\n" + texts.getTranslation("assessment-mail.summary", Language.SV.locale())
                + "\n" + texts.getTranslation("assessment-mail.summary", Language.EN.locale());
        mail.send(text(reminder ? "assessment-mail.reminder-subject" : "assessment-mail.subject", String.valueOf(round.getYear()), actor),
                text, recipient.email());
    }

    private String text(String key, Object... parameters) {
        return texts.getTranslation(key, FINNISH, parameters);
    }
}
