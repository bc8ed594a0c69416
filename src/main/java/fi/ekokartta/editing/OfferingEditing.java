package fi.ekokartta.editing;

import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingAction;
import fi.ekokartta.offering.OfferingContent;
import fi.ekokartta.offering.OfferingArchived;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.offering.OpeningHours;
import fi.ekokartta.offering.ServiceChannel;
import fi.ekokartta.offering.ServiceCapacity;
import fi.ekokartta.offering.ServiceContact;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.base.domain.ContactDetails;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.base.domain.ValidationException;
import fi.ekokartta.editing.OfferingValidation.Valid;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Editing of services: drafts, saves, review, publication, archiving and responsibilities. Each
 * command is one transaction that checks permission ({@link OfferingPermissions}), then the
 * editor's version, then every field, and only then writes, so a refused command stores nothing.
 * The editor sends the version it loaded: if someone saved in between, a ConflictException names
 * what the other person changed. The search index follows on commit.
 */
@Service
@Transactional
public class OfferingEditing {

    /**
     * A service as an editor loads it: the version to send back with the save, its provider, and
     * what the user may do to it now.
     */
    public record Editable(UUID id, long version, OfferingStatus status, UUID responsibleActorId, OfferingContent content,
                           UUID providerId, Set<OfferingAction> allowed) {
    }

    private final OfferingRepository offerings;
    private final ActorRepository actors;
    private final OfferingValidation validation;
    private final OfferingPermissions permissions;
    private final ApplicationEventPublisher events;

    OfferingEditing(OfferingRepository offerings, ActorRepository actors, OfferingValidation validation,
                    OfferingPermissions permissions, ApplicationEventPublisher events) {
        this.offerings = offerings;
        this.actors = actors;
        this.validation = validation;
        this.permissions = permissions;
        this.events = events;
    }

    /** The service for the editor; only those who may change it may load it for editing. */
    @Transactional(readOnly = true)
    public Editable load(UUID id) {
        Offering offering = offerings.findById(id).orElseThrow(OfferingEditing::unknown);
        permissions.requireMaintainerOf(offering, "load for editing");
        Actor responsible = offering.getResponsibility().getResponsibleActor();
        return new Editable(offering.getId(), offering.getVersion(), offering.getStatus(),
                responsible == null ? null : responsible.getId(), OfferingContent.of(offering), offering.getProvider().getId(),
                permissions.allowed(offering));
    }

    /** A new draft of the provider, which also becomes responsible for keeping it current. */
    public Editable createDraft(UUID providerId, OfferingContent content) {
        Actor provider = actors.findById(providerId)
                .orElseThrow(() -> new ValidationException(Map.of("provider", "editing.error.provider-unknown")));
        permissions.requireCreatorFor(provider);
        if (!provider.isActive()) {
            throw new ValidationException(Map.of("provider", "editing.error.provider-archived"));
        }
        Valid valid = validation.check(content, provider);
        Offering offering = new Offering();
        offering.setProvider(provider);
        offering.getResponsibility().setResponsibleActor(provider);
        apply(offering, valid);
        Offering saved = offerings.saveAndFlush(offering);
        return new Editable(saved.getId(), saved.getVersion(), saved.getStatus(), provider.getId(), valid.content(),
                provider.getId(), permissions.allowed(saved));
    }

    /** Saves all of the content over the version the editor loaded; returns the new version. */
    public long update(UUID id, long expectedVersion, OfferingContent content) {
        Offering offering = offerings.findForEditing(id).orElseThrow(OfferingEditing::unknown);
        permissions.requireMaintainerOf(offering, "edit");
        Valid valid = validation.check(content, offering.getProvider(), postalCodesOf(offering));
        if (offering.getVersion() != expectedVersion) {
            throw OfferingConflicts.of(offering, expectedVersion, valid.content());
        }
        apply(offering, valid);
        // The channels and contacts are rows of their own: touching the service makes every
        // save write its row, so the version check covers changes to them too.
        offering.setLastModified(Instant.now());
        return offerings.saveAndFlush(offering).getVersion();
    }

    /** A draft goes to a coordinator for review. */
    public long submitForReview(UUID id, long expectedVersion) {
        Offering offering = forStatusChange(id, expectedVersion, "submit for review");
        return changeStatus(offering, Set.of(OfferingStatus.DRAFT), OfferingStatus.IN_REVIEW);
    }

    /**
     * A draft or a reviewed service goes public: by a coordinator, or by its maintainer when the
     * responsible organization does not require approval ({@link OfferingPermissions#requirePublisher}).
     */
    public long publish(UUID id, long expectedVersion) {
        Offering offering = offerings.findForEditing(id).orElseThrow(OfferingEditing::unknown);
        permissions.requirePublisher(offering);
        requireVersion(offering, expectedVersion);
        requireActiveProvider(offering);
        return changeStatus(offering, Set.of(OfferingStatus.DRAFT, OfferingStatus.IN_REVIEW), OfferingStatus.PUBLISHED);
    }

    /** An ended or wrong service leaves the public map; it is kept and can be restored. */
    public long archive(UUID id, long expectedVersion) {
        Offering offering = forStatusChange(id, expectedVersion, "archive");
        long version = changeStatus(offering, Set.of(OfferingStatus.DRAFT, OfferingStatus.IN_REVIEW, OfferingStatus.PUBLISHED),
                OfferingStatus.ARCHIVED);
        events.publishEvent(new OfferingArchived(id));
        return version;
    }

    /** An archived service comes back as a draft, to be checked before it is published again. */
    public long restore(UUID id, long expectedVersion) {
        Offering offering = forStatusChange(id, expectedVersion, "restore");
        return changeStatus(offering, Set.of(OfferingStatus.ARCHIVED), OfferingStatus.DRAFT);
    }

    /** Päivitysvastuu: the organization whose maintainers keep the service current. */
    public long assignResponsibility(UUID id, long expectedVersion, UUID responsibleActorId) {
        Offering offering = offerings.findForEditing(id).orElseThrow(OfferingEditing::unknown);
        permissions.requireCoordinator(offering, "assign responsibility");
        Actor responsible = actors.findById(responsibleActorId)
                .orElseThrow(() -> new ValidationException(Map.of("responsibleActor", "editing.error.provider-unknown")));
        requireVersion(offering, expectedVersion);
        offering.getResponsibility().setResponsibleActor(responsible);
        offering.setLastModified(Instant.now());
        return offerings.saveAndFlush(offering).getVersion();
    }

    private Offering forStatusChange(UUID id, long expectedVersion, String operation) {
        Offering offering = offerings.findForEditing(id).orElseThrow(OfferingEditing::unknown);
        permissions.requireMaintainerOf(offering, operation);
        requireVersion(offering, expectedVersion);
        return offering;
    }

    private long changeStatus(Offering offering, Set<OfferingStatus> from, OfferingStatus to) {
        if (!from.contains(offering.getStatus())) {
            throw new RejectedInputException("editing.error.status-" + offering.getStatus().name().toLowerCase());
        }
        offering.setStatus(to);
        return offerings.saveAndFlush(offering).getVersion();
    }

    /**
     * An archived actor's services stay off the public map. The provider's row is locked, so an
     * archiving that counts the provider's published services and this publishing take turns.
     */
    private void requireActiveProvider(Offering offering) {
        Actor provider = actors.findForEditing(offering.getProvider().getId()).orElseThrow(OfferingEditing::unknown);
        if (!provider.isActive()) {
            throw new RejectedInputException("editing.error.provider-archived");
        }
    }

    private static void requireVersion(Offering offering, long expectedVersion) {
        if (offering.getVersion() != expectedVersion) {
            throw OfferingConflicts.ofStatus(offering, expectedVersion);
        }
    }

    private static Set<String> postalCodesOf(Offering offering) {
        return offering.getChannels().stream()
                .flatMap(channel -> Stream.of(channel.getPostalCode(), channel.getPostalPostalCode()))
                .filter(Objects::nonNull).map(String::strip).collect(Collectors.toSet());
    }

    private static void apply(Offering o, Valid valid) {
        OfferingContent c = valid.content();
        o.setName(c.name());
        o.setSummary(c.summary());
        o.setDescription(c.description());
        replace(o.getKeywords(), c.keywords());
        replace(o.getClasses(), valid.classes());
        replace(o.getTargetGroups(), valid.targetGroups());
        replace(o.getMunicipalities(), valid.municipalities());
        replace(o.getLanguages(), c.languages());
        o.setAccess(c.access());
        o.setHowToGetThere(c.howToGetThere());
        o.setReferralInstructions(c.referralInstructions());
        o.setChargeType(c.chargeType());
        o.setCostDescription(c.costDescription());
        o.setInternalNote(c.internalNote());
        o.setEligibility(c.eligibility());
        o.setMinimumAge(c.minimumAge());
        o.setMaximumAge(c.maximumAge());
        o.setFunding(c.funding());
        replace(o.getCoProducers(), valid.coProducers());
        o.setValidFrom(c.validFrom());
        o.setValidTo(c.validTo());
        o.getResponsibility().setResponsiblePerson(c.responsiblePerson());
        o.getResponsibility().setResponsibleEmail(c.responsibleEmail());
        o.getResponsibility().setReviewIntervalMonths(c.reviewIntervalMonths());
        applyChannels(o, c);
        applyContacts(o, c);
        applyCapacities(o, c, Instant.now());
        OfferingTerms.apply(o, c, valid.program());
    }

    private static void applyCapacities(Offering o, OfferingContent c, Instant now) {
        Map<UUID, ServiceCapacity> stored = byId(o.getCapacities(), ServiceCapacity::getId);
        o.getCapacities().clear();
        for (OfferingContent.Capacity edited : c.capacities()) {
            ServiceCapacity capacity = edited.id() != null && stored.containsKey(edited.id()) ? stored.get(edited.id())
                    : new ServiceCapacity();
            capacity.setFigure(edited.unit(), edited.available(), edited.maximum(), edited.description(), now);
            o.addCapacity(capacity);
        }
    }

    private static void applyChannels(Offering o, OfferingContent c) {
        Map<UUID, ServiceChannel> stored = byId(o.getChannels(), ServiceChannel::getId);
        o.getChannels().clear();
        for (OfferingContent.Channel edited : c.channels()) {
            ServiceChannel channel = edited.id() != null && stored.containsKey(edited.id()) ? stored.get(edited.id()) : new ServiceChannel();
            channel.setType(edited.type());
            channel.setName(edited.name());
            channel.setStreetAddress(edited.streetAddress());
            channel.setPostalCode(edited.postalCode());
            channel.setCity(edited.city());
            channel.setUrl(edited.url());
            channel.setPhone(edited.phone());
            channel.setEmail(edited.email());
            channel.setTransportation(edited.transportation());
            channel.setAccessibility(edited.accessibility());
            channel.setByAppointment(edited.byAppointment());
            applyDetails(channel, edited.details());
            channel.getOpeningHours().clear();
            for (OfferingContent.Hours hours : edited.openingHours()) {
                OpeningHours row = new OpeningHours();
                row.setWeekdays(hours.weekdays());
                row.setOpens(hours.opens());
                row.setCloses(hours.closes());
                row.setNote(hours.note());
                row.setExceptionDate(hours.date());
                row.setRule(hours.rule());
                channel.addOpeningHours(row);
            }
            o.addChannel(channel);
        }
    }

    private static void applyDetails(ServiceChannel channel, OfferingContent.Details details) {
        channel.setPhoneExtension(details.phoneExtension());
        channel.setPhoneType(details.phoneType());
        channel.setAlternateName(details.alternateName());
        channel.setDescription(details.description());
        channel.setExternalIdentifier(details.externalIdentifier());
        channel.setExternalIdentifierType(details.externalIdentifierType());
        channel.setPostalStreetAddress(details.postalStreetAddress());
        channel.setPostalPostalCode(details.postalPostalCode());
        channel.setPostalCity(details.postalCity());
        channel.setAccessibilityDetails(details.accessibilityDetails());
        channel.setAccessibilityUrl(details.accessibilityUrl());
    }

    private static void applyContacts(Offering o, OfferingContent c) {
        Map<UUID, ServiceContact> stored = byId(o.getContacts(), ServiceContact::getId);
        o.getContacts().clear();
        for (OfferingContent.Contact edited : c.contacts()) {
            ServiceContact contact = edited.id() != null && stored.containsKey(edited.id()) ? stored.get(edited.id()) : new ServiceContact();
            contact.setPerson(new ContactDetails(edited.name(), edited.title(), edited.department(), edited.email(),
                    edited.phone(), edited.phoneExtension()));
            contact.setVisibility(edited.visibility());
            o.addContact(contact);
        }
    }

    private static <T> Map<UUID, T> byId(Collection<T> rows, Function<T, UUID> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    private static <T> void replace(Collection<T> stored, Collection<? extends T> edited) {
        stored.clear();
        stored.addAll(edited);
    }

    private static RejectedInputException unknown() {
        return new RejectedInputException("feedback.error.entry-unknown");
    }
}
