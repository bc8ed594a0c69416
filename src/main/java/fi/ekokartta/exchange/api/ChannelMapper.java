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
import java.util.List;
import java.util.Locale;
import java.util.Objects;

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
        return new PhoneDocument(channel.getId(), channel.getPhone().strip(), "voice",
                language.text(channel.getName()));
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
                blankToNull(channel.getTransportation()), channel.getLatitude(), channel.getLongitude(),
                physical ? addresses(channel) : List.of(), Contacts.phones(channel.getId(), channel.getPhone()),
                accessibility(channel), attributes);
    }

    /** HSDS requires state_province, which Finnish addresses do not have: it is left empty. */
    private static List<AddressDocument> addresses(ServiceChannel channel) {
        if (blankToNull(channel.getStreetAddress()) == null && blankToNull(channel.getCity()) == null) {
            return List.of();
        }
        return List.of(new AddressDocument(StableIds.of("address", channel.getId()),
                Objects.requireNonNullElse(channel.getStreetAddress(), ""),
                Objects.requireNonNullElse(channel.getCity(), ""), "",
                Objects.requireNonNullElse(channel.getPostalCode(), ""), FINLAND, "physical"));
    }

    private static List<AccessibilityDocument> accessibility(ServiceChannel channel) {
        String description = blankToNull(channel.getAccessibility());
        return description == null ? List.of()
                : List.of(new AccessibilityDocument(StableIds.of("accessibility", channel.getId()), description));
    }

    private static ScheduleDocument schedule(OpeningHours hours) {
        if (hours.isException()) {
            return new ScheduleDocument(hours.getId(), hours.getExceptionDate(), hours.getExceptionDate(), null, null, null,
                    null, null, null, null, null, null, null, blankToNull(hours.getNote()), time(hours.getOpens()),
                    time(hours.getCloses()), null, null, null);
        }
        ScheduleRule rule = hours.getRule();
        ScheduleFrequency frequency = Objects.requireNonNullElse(rule.frequency(), ScheduleFrequency.WEEKLY);
        return new ScheduleDocument(hours.getId(), rule.validFrom(), rule.validTo(), rule.firstDate(), rule.lastDate(),
                rule.repeatCount(), rule.weekStart(), frequency.name(), rule.repeatInterval(),
                blankToNull(hours.getWeekdays()), rule.weekNumbers(), rule.monthDays(), rule.yearDays(),
                blankToNull(hours.getNote()), time(hours.getOpens()), time(hours.getCloses()),
                WebAddresses.absoluteUrl(rule.scheduleLink()), blankToNull(rule.attendingType()), blankToNull(rule.notes()));
    }

    private static String time(LocalTime time) {
        return time == null ? null : DateTimeFormatter.ISO_LOCAL_TIME.format(time);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
