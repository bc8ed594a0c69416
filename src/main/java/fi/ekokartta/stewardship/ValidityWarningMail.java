package fi.ekokartta.stewardship;

import com.vaadin.flow.i18n.I18NProvider;
import fi.ekokartta.base.config.OutgoingMail;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.base.i18n.Language;
import fi.ekokartta.offering.Offering;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The e-mail that a service's validity is about to end, to the people who keep it current. In
 * Finnish: users have no language of their own yet, and Finnish is the application's default
 * (the text exists in Swedish and English for when they do). The address of the service's card
 * is in it when {@code ekokartta.public-url} is set; a scheduled job has no request to take one from.
 */
@Component
class ValidityWarningMail {

    private static final Logger log = LoggerFactory.getLogger(ValidityWarningMail.class);

    private final OutgoingMail mail;
    private final I18NProvider texts;

    ValidityWarningMail(OutgoingMail mail, I18NProvider texts) {
        this.mail = mail;
        this.texts = texts;
        if (!mail.isOn()) {
            log.info("E-mail is off (no spring.mail.host): no warnings before services' validity ends");
        }
    }

    boolean isOn() {
        return mail.isOn();
    }

    /** Sends the warning to all the recipients in one message; a MailException when it is not sent. */
    void send(List<String> recipients, Offering offering, long daysLeft, Language language) {
        var locale = language.locale();
        String name = offering.getName().get(locale);
        String provider = offering.getProvider() == null ? "" : offering.getProvider().getName().get(locale);
        String link = mail.publicLink("palvelu/" + offering.getId());
        mail.send(texts.getTranslation("validity-mail.subject", locale, name, FinnishDates.date(offering.getValidTo())),
                texts.getTranslation("validity-mail.body", locale, name, provider, FinnishDates.date(offering.getValidTo()),
                        daysLeft, link), recipients.toArray(String[]::new));
    }
}
