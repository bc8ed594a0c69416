package fi.ekokartta.offering;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.area.Municipality;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.PositionedEntity;
import fi.ekokartta.base.domain.Visibility;
import fi.ekokartta.actor.UpdateResponsibility;
import fi.ekokartta.taxonomy.TargetGroup;
import fi.ekokartta.taxonomy.TaxonomyTerm;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Everything an editor sets on a service in one save: its texts, classification, channels and
 * contacts, cost, validity and who keeps it current. Channels and contacts with an id update the
 * stored ones; without an id they are added; stored ones left out are removed.
 */
public record OfferingContent(
        LocalizedText name, LocalizedText summary, LocalizedText description, Set<Keyword> keywords,
        Set<UUID> classIds, Set<UUID> targetGroupIds, Set<String> municipalityCodes, Set<String> languages,
        List<Channel> channels, List<Contact> contacts, AccessMode access, LocalizedText howToGetThere,
        LocalizedText referralInstructions, ChargeType chargeType, LocalizedText costDescription,
        LocalDate validFrom, LocalDate validTo, String responsiblePerson, String responsibleEmail,
        Integer reviewIntervalMonths, LocalizedText internalNote, LocalizedText eligibility, Integer minimumAge,
        Integer maximumAge, String funding, Set<UUID> coProducerIds, List<Capacity> capacities,
        LocalizedText alternateName, LocalizedText alert, List<CostOption> costOptions, List<Document> requiredDocuments,
        MoreTerms moreTerms) {

    public OfferingContent {
        keywords = keywords == null ? Set.of() : Set.copyOf(keywords);
        classIds = classIds == null ? Set.of() : Set.copyOf(classIds);
        targetGroupIds = targetGroupIds == null ? Set.of() : Set.copyOf(targetGroupIds);
        municipalityCodes = municipalityCodes == null ? Set.of() : Set.copyOf(municipalityCodes);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        channels = channels == null ? List.of() : List.copyOf(channels);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        coProducerIds = coProducerIds == null ? Set.of() : Set.copyOf(coProducerIds);
        capacities = capacities == null ? List.of() : List.copyOf(capacities);
        alternateName = alternateName == null ? new LocalizedText() : alternateName;
        alert = alert == null ? new LocalizedText() : alert;
        costOptions = costOptions == null ? List.of() : List.copyOf(costOptions);
        requiredDocuments = requiredDocuments == null ? List.of() : List.copyOf(requiredDocuments);
        moreTerms = moreTerms == null ? MoreTerms.NONE : moreTerms;
    }


    /**
     * What a maintainer looks up less often: the interpretation the client can have (tulkkaus),
     * the service's accreditations, the provider's program it belongs to (null: none) and the
     * service areas that are not municipalities. An import brings most of these; the editor
     * corrects them.
     */
    public record MoreTerms(LocalizedText interpretationServices, LocalizedText accreditations, UUID programId,
                            List<Area> areas) {
        public static final MoreTerms NONE = new MoreTerms(null, null, null, null);

        public MoreTerms {
            interpretationServices = interpretationServices == null ? new LocalizedText() : interpretationServices;
            accreditations = accreditations == null ? new LocalizedText() : accreditations;
            areas = areas == null ? List.of() : List.copyOf(areas);
        }

        /** The same terms with the areas' ids left out, as two versions' contents are compared. */
        public MoreTerms withoutIdentity() {
            return new MoreTerms(interpretationServices, accreditations, programId,
                    areas.stream().map(Area::withoutIdentity).toList());
        }

        public boolean isEmpty() {
            return interpretationServices.isEmpty() && accreditations.isEmpty() && programId == null && areas.isEmpty();
        }
    }

    /**
     * A service area that is not a municipality, as edited: its name, description and web address.
     * Its extent (a drawn shape, in the form {@code extentType} names) comes from an import and is
     * carried as it came, not edited.
     */
    public record Area(UUID id, LocalizedText name, LocalizedText description, String uri, String extent,
                       String extentType) {

        public Area {
            name = name == null ? new LocalizedText() : name;
            description = description == null ? new LocalizedText() : description;
        }

        public Area withoutIdentity() {
            return new Area(null, name, description, uri, extent, extentType);
        }
    }

    /** A price as edited: who it is for, the sum and its currency, what it buys and when it applies. */
    public record CostOption(UUID id, LocalizedText option, BigDecimal amount, String currency,
                             LocalizedText amountDescription, LocalDate validFrom, LocalDate validTo) {

        /** The same price without its id, as two versions' contents are compared. */
        public CostOption withoutIdentity() {
            return new CostOption(null, option, amount, currency, amountDescription, validFrom, validTo);
        }
    }

    /** A required document as edited: what it is and where to get it. */
    public record Document(UUID id, LocalizedText document, String uri) {

        public Document withoutIdentity() {
            return new Document(null, document, uri);
        }

        /**
         * Whether the address is a web address a reader can open (http or https): the editor's
         * preview shows addresses not yet checked, and only a web address becomes a link.
         */
        public boolean isWebAddress() {
            return uri != null && uri.matches("(?i)https?://\\S+");
        }
    }

    /**
     * Asiointikanava as edited; by appointment only when {@code byAppointment}, with its phone's and
     * place's {@link Details} (an import's or the editor's).
     */
    public record Channel(UUID id, ChannelType type, LocalizedText name, String streetAddress, String postalCode,
                          String city, String url, String phone, String email, List<Hours> openingHours,
                          String transportation, String accessibility, boolean byAppointment, Details details) {
        public Channel {
            openingHours = openingHours == null ? List.of() : List.copyOf(openingHours);
            details = details == null ? Details.NONE : details;
        }

        /** A channel without phone or place details. */
        public Channel(UUID id, ChannelType type, LocalizedText name, String streetAddress, String postalCode,
                       String city, String url, String phone, String email, List<Hours> openingHours,
                       String transportation, String accessibility, boolean byAppointment) {
            this(id, type, name, streetAddress, postalCode, city, url, phone, email, openingHours, transportation,
                    accessibility, byAppointment, Details.NONE);
        }
    }

    /** A channel's phone extension and type and its place's other names, postal address and accessibility page. */
    public record Details(Integer phoneExtension, PhoneType phoneType, String alternateName, LocalizedText description,
                          String externalIdentifier, String externalIdentifierType, String postalStreetAddress,
                          String postalPostalCode, String postalCity, String accessibilityDetails,
                          String accessibilityUrl) {
        public static final Details NONE = new Details(null, null, null, new LocalizedText(), null, null, null, null,
                null, null, null);

        public Details {
            description = description == null ? new LocalizedText() : description;
        }
    }

    /**
     * Aukioloaika as edited: RFC 5545 day codes ("MO,TU"), opening and closing time, a note and
     * the rest of its schedule ({@link ScheduleRule}, weekly unless told otherwise); or, with a
     * date, the exception of that date (closed when it has no times, no rule).
     */
    public record Hours(String weekdays, LocalTime opens, LocalTime closes, String note, LocalDate date,
                        ScheduleRule rule) {

        public Hours {
            if (rule == null) {
                rule = date == null ? ScheduleRule.WEEKLY : ScheduleRule.NONE;
            }
        }

        public Hours(String weekdays, LocalTime opens, LocalTime closes, String note, LocalDate date) {
            this(weekdays, opens, closes, note, date, null);
        }

        public static Hours weekly(String weekdays, LocalTime opens, LocalTime closes, String note) {
            return new Hours(weekdays, opens, closes, note, null);
        }
    }

    /**
     * A contact as edited; STAFF ones are shown to signed-in professionals only. The phone's
     * extension (alanumero) is a whole number from 1, given only with a phone number.
     */
    public record Contact(UUID id, String name, String title, String department, String email, String phone,
                          Integer phoneExtension, Visibility visibility) {

        /** A contact whose phone has no extension. */
        public Contact(UUID id, String name, String title, String department, String email, String phone,
                       Visibility visibility) {
            this(id, name, title, department, email, phone, null, visibility);
        }
    }

    /**
     * A capacity figure as edited (free places, queue length, waiting weeks); {@code updated} is
     * the stored moment the figure last changed, shown to the editor and not set by her.
     */
    public record Capacity(UUID id, CapacityUnit unit, Integer available, Integer maximum, LocalizedText description,
                           Instant updated) {

        /** The same figure without its id and moment, as two versions' contents are compared. */
        public Capacity withoutIdentity() {
            return new Capacity(null, unit, available, maximum, description, null);
        }
    }

    /** The content of a stored service, as an editor loads it. */
    public static OfferingContent of(Offering o) {
        UpdateResponsibility responsibility = o.getResponsibility();
        return new OfferingContent(copy(o.getName()), copy(o.getSummary()), copy(o.getDescription()),
                Set.copyOf(o.getKeywords()), ids(o.getClasses().stream().map(TaxonomyTerm::getId)),
                ids(o.getTargetGroups().stream().map(TargetGroup::getId)),
                o.getMunicipalities().stream().map(Municipality::getCode).collect(Collectors.toCollection(LinkedHashSet::new)),
                new LinkedHashSet<>(o.getLanguages()), inOrder(o.getChannels()).map(OfferingContent::channel).toList(),
                inOrder(o.getContacts()).map(OfferingContent::contact).toList(), o.getAccess(), copy(o.getHowToGetThere()),
                copy(o.getReferralInstructions()), o.getChargeType(), copy(o.getCostDescription()), o.getValidFrom(),
                o.getValidTo(), responsibility.getResponsiblePerson(), responsibility.getResponsibleEmail(),
                responsibility.getReviewIntervalMonths(), copy(o.getInternalNote()), copy(o.getEligibility()),
                o.getMinimumAge(), o.getMaximumAge(), o.getFunding(), ids(o.getCoProducers().stream().map(Actor::getId)),
                inOrder(o.getCapacities()).map(c -> new Capacity(c.getId(), c.getUnit(), c.getAvailable(), c.getMaximum(),
                        copy(c.getDescription()), c.getUpdated())).toList(),
                copy(o.getAlternateName()), copy(o.getAlert()),
                inOrder(o.getCostOptions()).map(c -> new CostOption(c.getId(), copy(c.getOption()), c.getAmount(),
                        c.getCurrency(), copy(c.getAmountDescription()), c.getValidFrom(), c.getValidTo())).toList(),
                inOrder(o.getRequiredDocuments()).map(d -> new Document(d.getId(), copy(d.getDocument()), d.getUri()))
                        .toList(),
                new MoreTerms(copy(o.getInterpretationServices()), copy(o.getAccreditations()),
                        o.getProgram() == null ? null : o.getProgram().getId(),
                        inOrder(o.getAreas()).map(a -> new Area(a.getId(), copy(a.getName()), copy(a.getDescription()),
                                a.getUri(), a.getExtent(), a.getExtentType())).toList()));
    }

    private static Channel channel(ServiceChannel c) {
        return new Channel(c.getId(), c.getType(), copy(c.getName()), c.getStreetAddress(), c.getPostalCode(), c.getCity(),
                c.getUrl(), c.getPhone(), c.getEmail(), inOrder(c.getOpeningHours())
                .map(h -> new Hours(h.getWeekdays(), h.getOpens(), h.getCloses(), h.getNote(), h.getExceptionDate(),
                        h.getRule())).toList(),
                c.getTransportation(), c.getAccessibility(), c.isByAppointment(), details(c));
    }

    private static Details details(ServiceChannel c) {
        return new Details(c.getPhoneExtension(), c.getPhoneType(), c.getAlternateName(), copy(c.getDescription()),
                c.getExternalIdentifier(), c.getExternalIdentifierType(), c.getPostalStreetAddress(),
                c.getPostalPostalCode(), c.getPostalCity(), c.getAccessibilityDetails(), c.getAccessibilityUrl());
    }

    private static Contact contact(ServiceContact c) {
        var p = c.getPerson();
        return new Contact(c.getId(), p.getName(), p.getTitle(), p.getDepartment(), p.getEmail(), p.getPhone(),
                p.getPhoneExtension(), c.getVisibility());
    }

    /**
     * The rows in their stored order: a managed entity's lists are ordered already; those Envers
     * loads for a past revision need not be.
     */
    private static <T extends PositionedEntity> Stream<T> inOrder(List<T> rows) {
        return rows.stream().sorted(Comparator.comparing(PositionedEntity::getPosition,
                Comparator.nullsLast(Comparator.naturalOrder())));
    }

    private static LocalizedText copy(LocalizedText text) {
        return new LocalizedText(text.getFi(), text.getSv(), text.getEn());
    }

    private static Set<UUID> ids(Stream<UUID> ids) {
        return ids.collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
