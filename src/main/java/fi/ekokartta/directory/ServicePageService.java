package fi.ekokartta.directory;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.ContactDetails;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.Visibility;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.offering.OpeningHours;
import fi.ekokartta.offering.ServiceChannel;
import fi.ekokartta.offering.ServiceContact;
import fi.ekokartta.security.CurrentUser;
import fi.ekokartta.stewardship.UpdateResponsibility;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a service for its card. The public sees published services only; signed-in
 * professionals also see drafts and archived ones, and the staff-only content.
 */
@Service
@Transactional(readOnly = true)
public class ServicePageService {

    private final OfferingRepository offerings;
    private final CurrentUser currentUser;

    ServicePageService(OfferingRepository offerings, CurrentUser currentUser) {
        this.offerings = offerings;
        this.currentUser = currentUser;
    }

    public Optional<ServicePage> find(UUID id) {
        return read(id, currentUser.isSignedIn());
    }

    /** A published service as the public sees it, whoever asks: for handouts given to clients. */
    public Optional<ServicePage> findPublished(UUID id) {
        return read(id, false);
    }

    /** The names of those of the services that are published, by id, read at once: for listing many lists. */
    public Map<UUID, LocalizedText> publishedNames(Collection<UUID> ids) {
        return offerings.findAllById(ids).stream().filter(offering -> offering.getStatus() == OfferingStatus.PUBLISHED)
                .collect(Collectors.toMap(Offering::getId, Offering::getName));
    }

    private Optional<ServicePage> read(UUID id, boolean staff) {
        return offerings.findById(id)
                .filter(offering -> staff || offering.getStatus() == OfferingStatus.PUBLISHED)
                .map(offering -> page(offering, staff));
    }

    private static ServicePage page(Offering o, boolean staff) {
        return new ServicePage(o.getId(), o.getStatus(), o.getName(), o.getSummary(), o.getDescription(),
                texts(o.getClasses(), term -> term.getName()), texts(o.getTargetGroups(), group -> group.getName()),
                texts(o.getMunicipalities(), municipality -> municipality.getName()), List.copyOf(o.getLanguages()),
                o.getAccess(), o.getHowToGetThere(), o.getChargeType(), o.getCostDescription(), o.getEligibility(),
                o.getMinimumAge(), o.getMaximumAge(), o.getValidFrom(), o.getValidTo(), link(o.getProvider()),
                o.getCoProducers().stream().map(ServicePageService::link).toList(),
                o.getChannels().stream().map(ServicePageService::channel).toList(),
                contacts(o.getContacts(), Visibility.PUBLIC), o.getAssuredDate(), staff ? staffContent(o) : null);
    }

    private static ServicePage.StaffContent staffContent(Offering o) {
        UpdateResponsibility responsibility = o.getResponsibility();
        Actor responsible = responsibility.getResponsibleActor() != null ? responsibility.getResponsibleActor() : o.getProvider();
        return new ServicePage.StaffContent(o.getReferralInstructions(), o.getInternalNote(),
                contacts(o.getContacts(), Visibility.STAFF), responsible == null ? new LocalizedText() : responsible.getName(),
                responsibility.getResponsiblePerson(), responsibility.getResponsibleEmail());
    }

    private static ServicePage.ActorLink link(Actor actor) {
        return actor == null ? null : new ServicePage.ActorLink(actor.getId(), actor.getName());
    }

    private static ServicePage.Channel channel(ServiceChannel c) {
        return new ServicePage.Channel(c.getType(), c.getName(), c.getStreetAddress(), c.getPostalCode(), c.getCity(),
                c.getUrl(), c.getPhone(), c.getEmail(), c.getTransportation(), c.getAccessibility(),
                c.getOpeningHours().stream().filter(h -> !h.isException())
                        .map(h -> new ServicePage.Hours(h.getWeekdays(), h.getOpens(), h.getCloses(), h.getNote())).toList(),
                c.getOpeningHours().stream().filter(h -> h.isException() && !h.getExceptionDate().isBefore(FinnishDates.today()))
                        .sorted(Comparator.comparing(OpeningHours::getExceptionDate))
                        .map(h -> new ServicePage.DateHours(h.getExceptionDate(), h.getOpens(), h.getCloses(), h.getNote()))
                        .toList(), c.isByAppointment());
    }

    private static List<ContactDetails> contacts(List<ServiceContact> contacts, Visibility visibility) {
        return contacts.stream().filter(contact -> contact.getVisibility() == visibility).map(ServiceContact::getPerson).toList();
    }

    private static <T> List<LocalizedText> texts(Collection<T> items, Function<T, LocalizedText> name) {
        return items.stream().map(name).toList();
    }
}
