package fi.ekokartta.security;

import com.vaadin.flow.i18n.I18NProvider;
import fi.ekokartta.base.i18n.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * E-mails a password link to its user, in Finnish, Swedish and English in one message. E-mail is
 * on when an SMTP server is configured ({@code spring.mail.host}); without one, or for a user
 * without an e-mail address, or when the server refuses, nothing is sent and the administrator is
 * shown the link to hand over herself.
 */
@Component
class PasswordLinkMail {

    private static final Logger log = LoggerFactory.getLogger(PasswordLinkMail.class);

    private final JavaMailSender sender;
    private final I18NProvider texts;
    private final String from;

    PasswordLinkMail(ObjectProvider<JavaMailSender> sender, I18NProvider texts,
                     @Value("${ekokartta.mail.from:ekokartta@localhost}") String from) {
        this.sender = sender.getIfAvailable();
        this.texts = texts;
        this.from = from;
        if (this.sender == null) {
            log.info("E-mail is off (no spring.mail.host): password links are shown to the administrator instead");
        }
    }

    /** Sends the link; false when it was not sent and must be handed over otherwise. */
    boolean send(AppUser user, String link, Duration validFor) {
        if (sender == null || user.getEmail() == null || user.getEmail().isBlank()) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(user.getEmail());
        message.setSubject(texts.getTranslation("password-mail.subject", Language.FI.locale()));
        String name = user.getDisplayName() == null ? user.getUsername() : user.getDisplayName();
        message.setText(Arrays.stream(Language.values())
                .map(language -> texts.getTranslation("password-mail.body", language.locale(), name, user.getUsername(),
                        link, validFor.toHours()))
                .collect(Collectors.joining("\n\n---\n\n")));
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            log.warn("The password link for {} could not be e-mailed: {}", user.getUsername(), e.getMessage());
            return false;
        }
    }
}
