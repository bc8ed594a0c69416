package fi.ekokartta.paths;

import com.vaadin.flow.i18n.I18NProvider;
import fi.ekokartta.base.config.OutgoingMail;
import fi.ekokartta.base.i18n.Language;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingArchived;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.stewardship.ServiceMailRecipients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * When a service is archived it drops out of the published paths (they show published services
 * only); its keepers ({@link ServiceMailRecipients}) get one e-mail naming those paths, once the
 * archiving has committed. In Finnish, the application's default, as the other keeper mail.
 */
@Component
class ArchivedServiceNotice {

    private static final Logger log = LoggerFactory.getLogger(ArchivedServiceNotice.class);

    private final ServicePathRepository paths;
    private final OfferingRepository offerings;
    private final ServiceMailRecipients recipients;
    private final OutgoingMail mail;
    private final I18NProvider texts;

    ArchivedServiceNotice(ServicePathRepository paths, OfferingRepository offerings, ServiceMailRecipients recipients,
                          OutgoingMail mail, I18NProvider texts) {
        this.paths = paths;
        this.offerings = offerings;
        this.recipients = recipients;
        this.mail = mail;
        this.texts = texts;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public void serviceArchived(OfferingArchived event) {
        List<ServicePath> left = paths.findContaining(event.offeringId()).stream().filter(ServicePath::isPublished).toList();
        Offering offering = offerings.findById(event.offeringId()).orElse(null);
        if (left.isEmpty() || offering == null || !mail.isOn()) {
            return;
        }
        List<String> to = recipients.of(offering);
        if (to.isEmpty()) {
            log.warn("No one to tell that archived service {} left {} service path(s)", offering.getId(), left.size());
            return;
        }
        Locale locale = Language.DEFAULT.locale();
        String name = offering.getName().get(locale);
        String names = left.stream().map(path -> "- " + path.getTitle().get(locale) + " " + mail.publicLink("polut/" + path.getSlug()))
                .collect(Collectors.joining("\n"));
        try {
            mail.send(texts.getTranslation("paths.mail.subject", locale, name),
                    texts.getTranslation("paths.mail.body", locale, name, names), to.toArray(String[]::new));
        } catch (MailException e) {
            log.warn("Could not tell the keepers of archived service {} that it left the service paths: {}",
                    offering.getId(), e.getMessage());
        }
    }
}
