package fi.ekokartta.guidance;

import fi.ekokartta.area.Municipality;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.i18n.Language;
import fi.ekokartta.directory.ServicePage;
import fi.ekokartta.offering.ChannelType;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The client's handout (asiakkaan palvelulista): a shared list as the client reads it, in her
 * language, and, when her municipality was chosen, with only the offices there besides the ways
 * to use a service that are tied to no place (phone, e-mail, web, chat, remote meetings).
 */
public record Handout(String shareToken, Instant expiresAt, Language language, Place municipality, List<Entry> entries) {

    /** The client's municipality; null on a handout that shows every office. */
    public record Place(String code, LocalizedText name) {
    }

    /**
     * A service on the handout with the channels the client can use. {@code noOfficeInMunicipality}:
     * the service has offices, none of them in the client's municipality; she is then given its
     * channels tied to no place, or, when it has none, its offices elsewhere.
     */
    public record Entry(String note, ServicePage service, List<ServicePage.Channel> channels, boolean noOfficeInMunicipality) {
    }

    static Handout of(ShortlistContent list, Language language, Municipality municipality) {
        Place place = municipality == null ? null : new Place(municipality.getCode(), municipality.getName());
        return new Handout(list.shareToken(), list.expiresAt(), language, place,
                list.entries().stream().map(entry -> entry(entry, municipality)).toList());
    }

    private static Entry entry(ShortlistContent.Entry entry, Municipality municipality) {
        List<ServicePage.Channel> all = entry.service().channels();
        if (municipality == null || all.stream().noneMatch(Handout::isOffice)) {
            return new Entry(entry.note(), entry.service(), all, false);
        }
        List<ServicePage.Channel> there = all.stream().filter(channel -> !isOffice(channel) || isIn(channel, municipality)).toList();
        if (there.stream().anyMatch(Handout::isOffice)) {
            return new Entry(entry.note(), entry.service(), there, false);
        }
        return new Entry(entry.note(), entry.service(), there.isEmpty() ? all : there, true);
    }

    private static boolean isOffice(ServicePage.Channel channel) {
        return channel.type() == ChannelType.VISITING_ADDRESS;
    }

    /** Addresses name their city in Finnish or in Swedish, as the municipality is named. */
    private static boolean isIn(ServicePage.Channel channel, Municipality municipality) {
        String city = channel.city() == null ? "" : channel.city().strip();
        return Stream.of(municipality.getName().getFi(), municipality.getName().getSv()).filter(Objects::nonNull)
                .anyMatch(city::equalsIgnoreCase);
    }
}
