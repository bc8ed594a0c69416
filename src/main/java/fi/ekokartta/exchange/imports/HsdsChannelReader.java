package fi.ekokartta.exchange.imports;

import fi.ekokartta.exchange.api.document.AccessibilityDocument;
import fi.ekokartta.exchange.api.document.AddressDocument;
import fi.ekokartta.exchange.api.document.LocationDocument;
import fi.ekokartta.exchange.api.document.PhoneDocument;
import fi.ekokartta.exchange.api.document.ScheduleDocument;
import fi.ekokartta.exchange.api.document.ServiceAtLocationDocument;
import fi.ekokartta.exchange.api.document.ServiceDocument;
import fi.ekokartta.offering.ChannelType;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OpeningHours;
import fi.ekokartta.offering.ServiceChannel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The ways to use a service: service_at_locations (visiting addresses with opening hours, or
 * virtual channels), service phones, e-mail and web page, read from the bound documents.
 */
final class HsdsChannelReader {

    void read(ImportEntry entry, ServiceDocument service, Offering offering, ImportGraph graph) {
        // The service's url first: the first web page is the one exported as url again.
        Optional.ofNullable(service.url()).ifPresent(url -> offering.addChannel(simple(ChannelType.WEB, url)));
        List<ServiceAtLocationDocument> places = service.serviceAtLocations();
        for (int i = 0; i < places.size(); i++) {
            ServiceAtLocationDocument place = places.get(i);
            if (place == null) {
                continue;
            }
            ImportEntry placeEntry = entry.child("service_at_locations", i);
            // Listed in its service, a place names its service and location by nesting: their ids and
            // a service nested in it again are not read.
            List.of("service_id", "location_id", "service").forEach(placeEntry::unused);
            Optional.ofNullable(place.id()).ifPresent(graph::placeRead);
            readPlace(placeEntry, place, offering, graph);
            if (place.location() == null) {
                // Hours of no location are of nothing.
                placeEntry.unused("schedules");
            }
            addPhones(placeEntry, place.phones(), offering, graph);
        }
        addPhones(entry, service.phones(), offering, graph);
        entry.email("email", service.email()).ifPresent(email -> offering.addChannel(simple(ChannelType.EMAIL, email)));
        readServiceSchedules(entry, service.schedules(), offering, graph);
    }

    /**
     * A service_at_location of its own file: its location nested, or an entry of a location file
     * it names by location_id; its phones become the service's phone channels.
     */
    void readServiceAtLocation(ImportEntry placeEntry, ServiceAtLocationDocument place, ImportEntry namedEntry,
                               LocationDocument named, Offering offering, ImportGraph graph) {
        readPlace(placeEntry, place, offering, graph);
        if (named != null && !placeEntry.has("location")) {
            readLocation(placeEntry, place, namedEntry, named, offering, graph);
        } else if (place.location() == null) {
            placeEntry.unused("schedules");
        }
        addPhones(placeEntry, place.phones(), offering, graph);
    }

    private static void addPhones(ImportEntry owner, List<PhoneDocument> phones, Offering offering, ImportGraph graph) {
        for (HsdsContacts.Phone phone : HsdsContacts.phoneChannels(owner, phones)) {
            ServiceChannel channel = simple(ChannelType.PHONE, phone.number());
            phone.id().filter(graph::claimPartId).ifPresent(channel::setId);
            setPhoneDetails(channel, phone);
            if (phone.description() != null) {
                // A phone channel's name is what the number is for ("Neuvonta"): HSDS calls it its description.
                channel.getName().set("fi", phone.description());
            }
            offering.addChannel(channel);
        }
    }

    private static void setPhoneDetails(ServiceChannel channel, HsdsContacts.Phone phone) {
        channel.setPhoneExtension(phone.extension());
        channel.setPhoneType(phone.type());
    }

    private void readPlace(ImportEntry placeEntry, ServiceAtLocationDocument place, Offering offering, ImportGraph graph) {
        if (place.location() == null) {
            return;
        }
        readLocation(placeEntry, place, placeEntry.child("location"), place.location(), offering, graph);
    }

    private void readLocation(ImportEntry placeEntry, ServiceAtLocationDocument place, ImportEntry entry,
                              LocationDocument location, Offering offering, ImportGraph graph) {
        String type = entry.required("location_type", location.locationType());
        // The channel is the place (service_at_location): its id is the channel's, the location's own id is not kept.
        entry.unused("id");
        if (type == null || type.equalsIgnoreCase("postal")) {
            // A postal address alone is no way to use a service: all of it, and the place's hours, are dropped.
            entry.readOnly("location_type");
            placeEntry.unused("schedules");
            return;
        }
        ServiceChannel channel = new ServiceChannel();
        Optional.ofNullable(location.name()).ifPresent(name -> channel.getName().set("fi", name));
        if (channel.getName().isEmpty()) {
            // A place without a name is named by its description; beside a name the description is kept as such.
            Optional.ofNullable(location.description()).ifPresent(text -> channel.getName().set("fi", text));
        } else {
            Optional.ofNullable(location.description()).ifPresent(text -> channel.getDescription().set("fi", text));
        }
        channel.setUrl(location.url());
        channel.setAlternateName(location.alternateName());
        channel.setExternalIdentifier(location.externalIdentifier());
        channel.setExternalIdentifierType(location.externalIdentifierType());
        HsdsContacts.placePhone(entry, location.phones()).ifPresent(phone -> {
            channel.setPhone(phone.number());
            setPhoneDetails(channel, phone);
        });
        switch (type.toLowerCase(Locale.ROOT)) {
            case "physical" -> {
                // The kind of a visiting address is told by its type alone.
                entry.unused("attributes");
                readAddress(entry, location, channel);
            }
            case "virtual" -> {
                List.of("addresses", "transportation", "latitude", "longitude", "accessibility").forEach(entry::unused);
                channel.setType(virtualType(entry, location));
            }
            default -> entry.reject("location_type", "import.problem.not-one-of", type, "physical, postal, virtual");
        }
        if (channel.getType() == null) {
            return;
        }
        Optional.ofNullable(place.id()).filter(graph::claimPartId).ifPresent(channel::setId);
        readSchedules(placeEntry, place.schedules(), channel, graph);
        readSchedules(entry, location.schedules(), channel, graph);
        offering.addChannel(channel);
    }

    private void readAddress(ImportEntry entry, LocationDocument location, ServiceChannel channel) {
        channel.setType(ChannelType.VISITING_ADDRESS);
        List<AddressDocument> addresses = location.addresses();
        boolean visiting = false;
        boolean postal = false;
        for (int i = 0; i < addresses.size(); i++) {
            AddressDocument item = addresses.get(i);
            if (item == null) {
                continue;
            }
            ImportEntry address = entry.child("addresses", i);
            // Our addresses are Finnish: one visiting and one postal address, no states or regions.
            List.of("id", "state_province", "country").forEach(address::unused);
            boolean isPostal = isPostal(address, item);
            if (isPostal && !postal) {
                postal = true;
                channel.setPostalStreetAddress(address.required("address_1", item.address1()));
                channel.setPostalPostalCode(item.postalCode());
                channel.setPostalCity(address.required("city", item.city()));
            } else if (!isPostal && !visiting) {
                visiting = true;
                channel.setStreetAddress(address.required("address_1", item.address1()));
                channel.setPostalCode(item.postalCode());
                channel.setCity(address.required("city", item.city()));
            } else {
                // A second address of the same type has no place: all of it is reported as dropped.
                entry.unused("addresses[" + i + "]");
            }
        }
        channel.setTransportation(location.transportation());
        channel.setLatitude(location.latitude());
        channel.setLongitude(location.longitude());
        readAccessibility(entry, location.accessibility(), channel);
    }

    /** An address without a type, as HSDS 3.0 files have them, is the visiting address. */
    private static boolean isPostal(ImportEntry address, AddressDocument item) {
        String type = item.addressType();
        if (type == null) {
            return false;
        }
        String named = type.toLowerCase(Locale.ROOT);
        if (!named.equals("physical") && !named.equals("postal")) {
            address.reject("address_type", "import.problem.not-one-of", type, "physical, postal");
            return false;
        }
        return named.equals("postal");
    }

    /** Descriptions and details of all items joined; the first web address is the place's accessibility page. */
    private static void readAccessibility(ImportEntry entry, List<AccessibilityDocument> items, ServiceChannel channel) {
        List<String> descriptions = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            AccessibilityDocument item = items.get(i);
            if (item == null) {
                continue;
            }
            ImportEntry accessibility = entry.child("accessibility", i);
            accessibility.unused("id");
            Optional.ofNullable(item.description()).ifPresent(descriptions::add);
            Optional.ofNullable(item.details()).ifPresent(details::add);
            if (channel.getAccessibilityUrl() == null) {
                accessibility.webAddress("url", item.url()).ifPresent(channel::setAccessibilityUrl);
            } else {
                // Only the first page is kept.
                accessibility.unused("url");
            }
        }
        channel.setAccessibility(descriptions.isEmpty() ? null : String.join(" ", descriptions));
        channel.setAccessibilityDetails(details.isEmpty() ? null : String.join(" ", details));
    }

    private ChannelType virtualType(ImportEntry entry, LocationDocument location) {
        String named = HsdsAttributes.of(entry, location.attributes()).extension("channel");
        return named == null ? ChannelType.WEB
                : entry.parseEnum("attributes.channel", named, ChannelType.class).orElse(null);
    }

    /** Service-wide hours apply to the first visiting address, where there is one; elsewhere they are dropped. */
    private void readServiceSchedules(ImportEntry entry, List<ScheduleDocument> schedules, Offering offering,
                                      ImportGraph graph) {
        offering.getChannels().stream().filter(channel -> channel.getType() == ChannelType.VISITING_ADDRESS)
                .findFirst().ifPresentOrElse(channel -> readSchedules(entry, schedules, channel, graph),
                        () -> entry.unused("schedules"));
    }

    private void readSchedules(ImportEntry owner, List<ScheduleDocument> schedules, ServiceChannel channel,
                               ImportGraph graph) {
        for (int i = 0; i < schedules.size(); i++) {
            if (schedules.get(i) == null) {
                continue;
            }
            OpeningHours hours = HsdsScheduleReader.read(owner.child("schedules", i), schedules.get(i));
            Optional.ofNullable(schedules.get(i).id()).filter(graph::claimPartId).ifPresent(hours::setId);
            channel.addOpeningHours(hours);
        }
    }

    private static ServiceChannel simple(ChannelType type, String value) {
        ServiceChannel channel = new ServiceChannel();
        channel.setType(type);
        switch (type) {
            case PHONE -> channel.setPhone(value);
            case EMAIL -> channel.setEmail(value);
            default -> channel.setUrl(value);
        }
        return channel;
    }
}
