package fi.ekokartta.exchange.api;

import fi.ekokartta.exchange.api.document.AccessibilityDocument;
import fi.ekokartta.exchange.api.document.AddressDocument;
import fi.ekokartta.exchange.api.document.AttributeDocument;
import fi.ekokartta.exchange.api.document.LocationDocument;
import fi.ekokartta.exchange.api.document.PhoneDocument;
import fi.ekokartta.exchange.api.document.ScheduleDocument;
import fi.ekokartta.exchange.api.document.ServiceAtLocationDocument;
import fi.ekokartta.offering.ChannelType;
import fi.ekokartta.offering.OpeningHours;
import fi.ekokartta.offering.ScheduleFrequency;
import fi.ekokartta.offering.ScheduleRule;
import fi.ekokartta.offering.ServiceChannel;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A channel (asiointikanava) as HSDS has it: a visiting address is a {@code physical} location, a
 * web page, e-service, chat or remote channel a {@code virtual} one whose kind is told by the
 * attribute {@code ekokartta/channel}; a phone channel is a phone of the service.
 */
final class ChannelMapper {

    private static final String FINLAND = "FI";

    private final ApiLanguage language;
    private final TermMapper terms;

    ChannelMapper(ApiLanguage language) {
        this.language = language;
        this.terms = new TermMapper(language);
    }

    PhoneDocument phone(ServiceChannel channel) {
        return new PhoneDocument(channel.getId(), channel.getPhone().strip(), channel.getPhoneExtension(),
                Contacts.phoneType(channel.getPhoneType()), language.text(channel.getName()));
    }

    ServiceAtLocationDocument serviceAtLocation(ServiceChannel channel) {
        List<ScheduleDocument> schedules = channel.getOpeningHours().stream().map(ChannelMapper::schedule).toList();
        return ServiceAtLocationDocument.nested(channel.getId(), schedules, location(channel));
    }

    private LocationDocument location(ServiceChannel channel) {
        boolean physical = channel.getType() == ChannelType.VISITING_ADDRESS;
        List<AttributeDocument> attributes = physical ? List.of()
                : List.of(terms.field(channel.getId(), "channel", channel.getType().name().toLowerCase(Locale.ROOT)));
        return new LocationDocument(StableIds.of("location", channel.getId()), physical ? "physical" : "virtual",
                WebAddresses.absoluteUrl(channel.getUrl()), language.text(channel.getName()),
                blankToNull(channel.getAlternateName()), language.text(channel.getDescription()),
                blankToNull(channel.getTransportation()), channel.getLatitude(), channel.getLongitude(),
                blankToNull(channel.getExternalIdentifier()), blankToNull(channel.getExternalIdentifierType()),
                physical ? addresses(channel) : List.of(),
                Contacts.phones(channel.getId(), channel.getPhone(), channel.getPhoneExtension(), channel.getPhoneType()),
                accessibility(channel), attributes, null);
    }

    /** HSDS requires state_province, which Finnish addresses do not have: it is left empty. */
    private static List<AddressDocument> addresses(ServiceChannel channel) {
        List<AddressDocument> addresses = new ArrayList<>();
        address(StableIds.of("address", channel.getId()), channel.getStreetAddress(), channel.getPostalCode(),
                channel.getCity(), "physical").ifPresent(addresses::add);
        address(StableIds.of("postal-address", channel.getId()), channel.getPostalStreetAddress(),
                channel.getPostalPostalCode(), channel.getPostalCity(), "postal").ifPresent(addresses::add);
        return addresses;
    }

    private static Optional<AddressDocument> address(UUID id, String street, String postalCode, String city, String type) {
        if (blankToNull(street) == null && blankToNull(city) == null) {
            return Optional.empty();
        }
        return Optional.of(new AddressDocument(id, Objects.requireNonNullElse(street, ""),
                Objects.requireNonNullElse(city, ""), "", Objects.requireNonNullElse(postalCode, ""), FINLAND, type));
    }

    private static List<AccessibilityDocument> accessibility(ServiceChannel channel) {
        String description = blankToNull(channel.getAccessibility());
        String details = blankToNull(channel.getAccessibilityDetails());
        String url = WebAddresses.absoluteUrl(channel.getAccessibilityUrl());
        return description == null && details == null && url == null ? List.of()
                : List.of(new AccessibilityDocument(StableIds.of("accessibility", channel.getId()), description, details, url));
    }

    private static ScheduleDocument schedule(OpeningHours hours) {
        if (hours.isException()) {
            return new ScheduleDocument(hours.getId(), hours.getExceptionDate(), hours.getExceptionDate(), null, null, null,
                    null, null, null, null, null, null, null, blankToNull(hours.getNote()), time(hours.getOpens()),
                    time(hours.getCloses()), null, null, null, null);
        }
        ScheduleRule rule = hours.getRule();
        ScheduleFrequency frequency = Objects.requireNonNullElse(rule.frequency(), ScheduleFrequency.WEEKLY);
        return new ScheduleDocument(hours.getId(), rule.validFrom(), rule.validTo(), rule.firstDate(), rule.lastDate(),
                rule.repeatCount(), rule.weekStart(), frequency.name(), rule.repeatInterval(),
                blankToNull(hours.getWeekdays()), rule.weekNumbers(), rule.monthDays(), rule.yearDays(),
                blankToNull(hours.getNote()), time(hours.getOpens()), time(hours.getCloses()),
                WebAddresses.absoluteUrl(rule.scheduleLink()), blankToNull(rule.attendingType()), blankToNull(rule.notes()), null);
    }

    private static String time(LocalTime time) {
        return time == null ? null : DateTimeFormatter.ISO_LOCAL_TIME.format(time);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
