package fi.ekokartta.base.config;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The application's outgoing e-mail: off when no {@code spring.mail.host} is set, sent from
 * {@code ekokartta.mail.from}, with links to public pages made from {@code ekokartta.public-url}
 * (a scheduled job has no request to take an address from).
 */
@Component
public class OutgoingMail {

    private final JavaMailSender sender;
    private final String from;
    private final String publicUrl;

    OutgoingMail(ObjectProvider<JavaMailSender> sender, EkokarttaProperties properties,
                 @Value("${ekokartta.mail.from:ekokartta@localhost}") String from) {
        this.sender = sender.getIfAvailable();
        this.from = from;
        this.publicUrl = properties.publicUrl() == null ? null : properties.publicUrl().toString().replaceAll("/+$", "");
    }

    public boolean isOn() {
        return sender != null;
    }

    /** The public address of a page ("palvelu/…"), or "" when the public address is not configured. */
    public String publicLink(String path) {
        return publicUrl == null ? "" : publicUrl + "/" + path;
    }

    /**
     * A link for a mail's text: the page's public address, or, when none is configured (a
     * scheduled job has no request to take one from), its path from the site's root.
     */
    public String linkOrPath(String path) {
        return publicUrl == null ? "/" + path : publicUrl + "/" + path;
    }

    /** Sends one plain-text message to all the recipients; a MailException when it is not sent. */
    public void send(String subject, String text, String... to) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        sender.send(message);
    }
}
