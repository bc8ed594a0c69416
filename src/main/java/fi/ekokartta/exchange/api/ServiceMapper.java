package fi.ekokartta.exchange.api;

import fi.ekokartta.area.Municipality;
import fi.ekokartta.exchange.api.document.ContactDocument;
import fi.ekokartta.exchange.api.document.CostOptionDocument;
import fi.ekokartta.exchange.api.document.ProgramDocument;
import fi.ekokartta.exchange.api.document.RequiredDocumentDocument;
import fi.ekokartta.exchange.api.document.FundingDocument;
import fi.ekokartta.exchange.api.document.LanguageDocument;
import fi.ekokartta.exchange.api.document.PhoneDocument;
import fi.ekokartta.exchange.api.document.ServiceAreaDocument;
import fi.ekokartta.exchange.api.document.ServiceAtLocationDocument;
import fi.ekokartta.exchange.api.document.ServiceCapacityDocument;
import fi.ekokartta.exchange.api.document.ServiceDocument;
import fi.ekokartta.exchange.api.document.UrlDocument;
import fi.ekokartta.offering.ChannelType;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.ServiceChannel;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A published service (palvelu) as an HSDS compiled service. Only public fields are read: the
 * referral instructions, the internal note and staff-only contacts are never touched here.
 */
final class ServiceMapper {

    /** HSDS: last_modified "should have millisecond accuracy". */
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX")
            .withZone(ZoneOffset.UTC);
    private static final String ACTIVE = "active";

    private final ApiLanguage language;
    private final ChannelMapper channels;
    private final OrganizationMapper organizations;
    private final OfferingAttributes attributes;

    ServiceMapper(ApiLanguage language) {
        this.language = language;
        this.channels = new ChannelMapper(language);
        this.organizations = new OrganizationMapper(language);
        this.attributes = new OfferingAttributes(language);
    }

    ServiceDocument compact(Offering offering) {
        return ServiceDocument.compact(offering.getId(), offering.getProvider().getId(), name(offering),
                language.text(offering.getDescription()), ACTIVE, timestamp(offering.getLastModified()));
    }

    /** The service_list form: the one-to-one fields and the organization's, without reading the lists. */
    ServiceDocument list(Offering offering) {
        List<ServiceChannel> all = offering.getChannels();
        return new ServiceDocument(offering.getId(), offering.getProvider().getId(), name(offering),
                language.text(offering.getDescription()), primaryWebPage(all).map(ServiceMapper::url).orElse(null), null,
                email(all), ACTIVE, language.text(offering.getHowToGetThere()),
                language.text(offering.getCostDescription()), language.text(offering.getEligibility()),
                offering.getMinimumAge(), offering.getMaximumAge(),
                offering.getAssuredDate() == null ? null : offering.getAssuredDate().toString(),
                WebAddresses.email(offering.getAssurer()), timestamp(offering.getLastModified()), null, null, null, null,
                organizations.listForm(offering.getProvider()), null, null, null, null,
                language.text(offering.getAlternateName()), language.text(offering.getInterpretationServices()),
                language.text(offering.getAccreditations()), language.text(offering.getAlert()), null, null,
                programId(offering), program(offering), null, null);
    }

    ServiceDocument minimal(Offering offering) {
        return ServiceDocument.compact(offering.getId(), null, name(offering), null, ACTIVE,
                timestamp(offering.getLastModified()));
    }

    /** The first web page with an address is the service's url; any other channel but phones and e-mail a service_at_location. */
    static Optional<ServiceChannel> primaryWebPage(List<ServiceChannel> channels) {
        return first(channels, ChannelType.WEB).filter(channel -> WebAddresses.absoluteUrl(channel.getUrl()) != null);
    }

    static boolean isServiceAtLocation(ServiceChannel channel) {
        return channel.getType() != ChannelType.PHONE && channel.getType() != ChannelType.EMAIL
                && primaryWebPage(channel.getOffering().getChannels()).map(page -> page != channel).orElse(true);
    }

    private static String url(ServiceChannel channel) {
        return WebAddresses.absoluteUrl(channel.getUrl());
    }

    private static String email(List<ServiceChannel> channels) {
        return first(channels, ChannelType.EMAIL).map(channel -> WebAddresses.email(channel.getEmail())).orElse(null);
    }

    /**
     * The phone channels become the service's phones, the first e-mail channel its e-mail and the
     * first web page its url; every other channel is a service_at_location.
     */
    ServiceDocument full(Offering offering) {
        List<ServiceChannel> all = offering.getChannels();
        Optional<ServiceChannel> webPage = primaryWebPage(all);
        String url = webPage.map(ServiceMapper::url).orElse(null);
        String email = email(all);
        List<PhoneDocument> phones = all.stream()
                .filter(channel -> channel.getType() == ChannelType.PHONE && hasText(channel.getPhone()))
                .map(channels::phone)
                .toList();
        List<ServiceAtLocationDocument> locations = all.stream()
                .filter(channel -> channel.getType() != ChannelType.PHONE && channel.getType() != ChannelType.EMAIL)
                .filter(channel -> webPage.map(page -> page != channel).orElse(true))
                .map(channels::serviceAtLocation)
                .toList();
        List<ContactDocument> contacts = offering.getContacts().stream()
                .filter(contact -> Contacts.isPublic(contact.getVisibility()))
                .map(contact -> Contacts.contact(contact.getId(), contact.getPerson()))
                .toList();
        return new ServiceDocument(offering.getId(), offering.getProvider().getId(), name(offering),
                language.text(offering.getDescription()), url, additionalUrls(all, webPage), email, ACTIVE,
                language.text(offering.getHowToGetThere()), language.text(offering.getCostDescription()),
                language.text(offering.getEligibility()),
                offering.getMinimumAge(), offering.getMaximumAge(),
                offering.getAssuredDate() == null ? null : offering.getAssuredDate().toString(),
                WebAddresses.email(offering.getAssurer()), timestamp(offering.getLastModified()), phones,
                serviceAreas(offering), locations, languages(offering),
                organizations.organization(offering.getProvider(), null), funding(offering), contacts,
                attributes.of(offering), capacities(offering), language.text(offering.getAlternateName()),
                language.text(offering.getInterpretationServices()), language.text(offering.getAccreditations()),
                language.text(offering.getAlert()), costOptions(offering), requiredDocuments(offering), programId(offering),
                program(offering), null, null);
    }

    /**
     * The web pages after the one that is the service's url (HSDS 3.1 additional_urls). They stay
     * service_at_locations as well, where 3.0 clients find them.
     */
    private List<UrlDocument> additionalUrls(List<ServiceChannel> all, Optional<ServiceChannel> webPage) {
        return all.stream()
                .filter(channel -> channel.getType() == ChannelType.WEB)
                .filter(channel -> webPage.isPresent() && webPage.get() != channel)
                .filter(channel -> WebAddresses.absoluteUrl(channel.getUrl()) != null)
                .map(channel -> new UrlDocument(StableIds.of("url", channel.getId()), language.text(channel.getName()),
                        WebAddresses.absoluteUrl(channel.getUrl())))
                .toList();
    }

    /** HSDS requires a name; an entry saved without one still gives a valid document. */
    private String name(Offering offering) {
        return Objects.requireNonNullElse(language.text(offering.getName()), "");
    }

    /** The municipalities, then the other areas in their stored order. */
    private List<ServiceAreaDocument> serviceAreas(Offering offering) {
        Stream<ServiceAreaDocument> municipalities = offering.getMunicipalities().stream()
                .sorted(Comparator.comparing(Municipality::getCode))
                .map(municipality -> ServiceAreaDocument.municipality(
                        StableIds.of("service-area", offering.getId(), municipality.getCode()),
                        municipality.getName(language.locale()), municipality.getUri()));
        Stream<ServiceAreaDocument> others = offering.getAreas().stream()
                .map(area -> new ServiceAreaDocument(area.getId(), language.text(area.getName()),
                        language.text(area.getDescription()), area.getExtent(), area.getExtentType(), area.getUri()));
        return Stream.concat(municipalities, others).toList();
    }

    private static UUID programId(Offering offering) {
        return offering.getProgram() == null ? null : offering.getProgram().getId();
    }

    private ProgramDocument program(Offering offering) {
        return offering.getProgram() == null ? null : organizations.program(offering.getProgram());
    }

    private List<CostOptionDocument> costOptions(Offering offering) {
        return offering.getCostOptions().stream()
                .map(cost -> new CostOptionDocument(cost.getId(), offering.getId(), date(cost.getValidFrom()),
                        date(cost.getValidTo()), language.text(cost.getOption()), cost.getCurrency(), cost.getAmount(),
                        language.text(cost.getAmountDescription())))
                .toList();
    }

    private List<RequiredDocumentDocument> requiredDocuments(Offering offering) {
        return offering.getRequiredDocuments().stream()
                .map(document -> new RequiredDocumentDocument(document.getId(), offering.getId(),
                        language.text(document.getDocument()), document.getUri()))
                .toList();
    }

    private static String date(java.time.LocalDate date) {
        return date == null ? null : date.toString();
    }

    private List<LanguageDocument> languages(Offering offering) {
        return offering.getLanguages().stream()
                .sorted()
                .map(code -> new LanguageDocument(StableIds.of("language", offering.getId(), code),
                        Locale.of(code).getDisplayLanguage(language.locale()), code))
                .toList();
    }

    private static List<FundingDocument> funding(Offering offering) {
        return hasText(offering.getFunding())
                ? List.of(new FundingDocument(StableIds.of("funding", offering.getId()), offering.getFunding().strip()))
                : List.of();
    }

    /** HSDS 3.1 capacities; the list form of 3.1 has none, so only full documents carry them. */
    private List<ServiceCapacityDocument> capacities(Offering offering) {
        return offering.getCapacities().stream()
                .map(capacity -> new ServiceCapacityDocument(capacity.getId(), offering.getId(),
                        CapacityUnits.unit(capacity.getUnit(), language), capacity.getAvailable(), capacity.getMaximum(),
                        language.text(capacity.getDescription()), timestamp(capacity.getUpdated())))
                .toList();
    }

    private static Optional<ServiceChannel> first(List<ServiceChannel> channels, ChannelType type) {
        return channels.stream().filter(channel -> channel.getType() == type).findFirst();
    }

    private static String timestamp(Instant instant) {
        return instant == null ? null : MILLIS.format(instant);
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
