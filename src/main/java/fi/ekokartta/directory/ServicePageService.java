package fi.ekokartta.directory;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.ContactDetails;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.Visibility;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.area.Municipality;
import fi.ekokartta.area.MunicipalityRepository;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingContent;
import fi.ekokartta.taxonomy.TargetGroup;
import fi.ekokartta.taxonomy.TargetGroupRepository;
import fi.ekokartta.taxonomy.TaxonomyTerm;
import fi.ekokartta.taxonomy.TaxonomyTermRepository;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.offering.ServiceContact;
import fi.ekokartta.security.CurrentUser;
import fi.ekokartta.actor.UpdateResponsibility;
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
    private final TaxonomyTermRepository terms;
    private final TargetGroupRepository targetGroups;
    private final MunicipalityRepository municipalities;
    private final ActorRepository actors;

    ServicePageService(OfferingRepository offerings, CurrentUser currentUser, TaxonomyTermRepository terms,
                       TargetGroupRepository targetGroups, MunicipalityRepository municipalities, ActorRepository actors) {
        this.offerings = offerings;
        this.currentUser = currentUser;
        this.terms = terms;
        this.targetGroups = targetGroups;
        this.municipalities = municipalities;
        this.actors = actors;
    }

    /**
     * The card of content being edited, before it is saved, as a professional sees it (the staff
     * part too): the editor's live preview. Unknown classes, places or actors are left out.
     */
    public ServicePage preview(OfferingContent c, OfferingStatus status, UUID providerId, UUID responsibleId) {
        Actor provider = providerId == null ? null : actors.findById(providerId).orElse(null);
        Actor responsible = responsibleId == null ? provider : actors.findById(responsibleId).orElse(provider);
        return new ServicePage(null, status, c.name(), c.summary(), c.description(),
                texts(terms.findAllById(c.classIds()), TaxonomyTerm::getName),
                texts(targetGroups.findAllById(c.targetGroupIds()), TargetGroup::getName),
                texts(municipalities.findByCodeIn(c.municipalityCodes()), Municipality::getName), List.copyOf(c.languages()),
                c.access(), c.howToGetThere(), c.chargeType(), c.costDescription(), c.eligibility(), c.minimumAge(),
                c.maximumAge(), c.validFrom(), c.validTo(), link(provider),
                actors.findAllById(c.coProducerIds()).stream().map(ServicePageService::link).toList(),
                c.channels().stream().map(ServicePageService::channel).toList(), contacts(c, Visibility.PUBLIC), null,
                new ServicePage.StaffContent(c.referralInstructions(), c.internalNote(), contacts(c, Visibility.STAFF),
                        responsible == null ? new LocalizedText() : responsible.getName(), c.responsiblePerson(),
                        c.responsibleEmail()), c.capacities(), c.alternateName(), c.alert(), c.costOptions(),
                c.requiredDocuments(), c.moreTerms(), programName(provider, c.moreTerms().programId()));
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
        OfferingContent content = OfferingContent.of(o);
        return new ServicePage(o.getId(), o.getStatus(), o.getName(), o.getSummary(), o.getDescription(),
                texts(o.getClasses(), term -> term.getName()), texts(o.getTargetGroups(), group -> group.getName()),
                texts(o.getMunicipalities(), municipality -> municipality.getName()), List.copyOf(o.getLanguages()),
                o.getAccess(), o.getHowToGetThere(), o.getChargeType(), o.getCostDescription(), o.getEligibility(),
                o.getMinimumAge(), o.getMaximumAge(), o.getValidFrom(), o.getValidTo(), link(o.getProvider()),
                o.getCoProducers().stream().filter(Actor::isActive).map(ServicePageService::link).toList(),
                content.channels().stream().map(ServicePageService::channel).toList(),
                contacts(o.getContacts(), Visibility.PUBLIC), o.getAssuredDate(), staff ? staffContent(o) : null,
                content.capacities(), content.alternateName(), content.alert(), content.costOptions(),
                content.requiredDocuments(), content.moreTerms(), o.getProgram() == null ? null : o.getProgram().getName());
    }

    /** The name of the provider's program the service belongs to, or null. */
    private static LocalizedText programName(Actor provider, UUID programId) {
        if (provider == null || programId == null) {
            return null;
        }
        return provider.getPrograms().stream().filter(program -> programId.equals(program.getId()))
                .map(program -> program.getName()).findFirst().orElse(null);
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

    /** Weekly hours that have not ended, and the exception dates from today on, in date order. */
    private static ServicePage.Channel channel(OfferingContent.Channel c) {
        return new ServicePage.Channel(c.type(), c.name(), c.streetAddress(), c.postalCode(), c.city(), c.url(), c.phone(),
                c.email(), c.transportation(), c.accessibility(),
                c.openingHours().stream().filter(h -> h.date() == null)
                        .filter(h -> h.rule().validTo() == null || !h.rule().validTo().isBefore(FinnishDates.today()))
                        .map(h -> new ServicePage.Hours(h.weekdays(), h.opens(), h.closes(), h.note(), h.rule())).toList(),
                c.openingHours().stream().filter(h -> h.date() != null && !h.date().isBefore(FinnishDates.today()))
                        .sorted(Comparator.comparing(OfferingContent.Hours::date))
                        .map(h -> new ServicePage.DateHours(h.date(), h.opens(), h.closes(), h.note())).toList(),
                c.byAppointment(), c.details());
    }

    private static List<ContactDetails> contacts(List<ServiceContact> contacts, Visibility visibility) {
        return contacts.stream().filter(contact -> contact.getVisibility() == visibility).map(ServiceContact::getPerson).toList();
    }

    private static List<ContactDetails> contacts(OfferingContent content, Visibility visibility) {
        return content.contacts().stream().filter(contact -> contact.visibility() == visibility)
                .map(contact -> new ContactDetails(contact.name(), contact.title(), contact.department(), contact.email(),
                        contact.phone())).toList();
    }

    private static <T> List<LocalizedText> texts(Collection<T> items, Function<T, LocalizedText> name) {
        return items.stream().map(name).toList();
    }
}
