package fi.ekokartta.exchange.imports;

import fi.ekokartta.exchange.api.document.AttributeDocument;
import fi.ekokartta.exchange.api.document.PhoneDocument;
import fi.ekokartta.offering.ChannelType;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OpeningHours;
import fi.ekokartta.offering.ServiceChannel;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The ways to use a service: service_at_locations (visiting addresses with opening hours, or
 * virtual channels), service phones, e-mail and web page.
 */
final class HsdsChannelReader {

    void read(ImportEntry service, Offering offering, ImportGraph graph) {
        // The service's url first: the first web page is the one exported as url again.
        service.text("url").ifPresent(url -> offering.addChannel(simple(ChannelType.WEB, url)));
        List<JsonNode> places = service.array("service_at_locations");
        for (int i = 0; i < places.size(); i++) {
            ImportEntry place = service.child(places.get(i), "service_at_locations[" + i + "]");
            place.id("id").ifPresent(graph::placeRead);
            readPlace(place, offering, graph);
            addPhones(place, offering, graph);
        }
        addPhones(service, offering, graph);
        service.email("email").ifPresent(email -> offering.addChannel(simple(ChannelType.EMAIL, email)));
        readServiceSchedules(service, offering, graph);
    }

    /**
     * A service_at_location of its own file: its location nested, or an entry of a location file
     * it names by location_id; its phones become the service's phone channels.
     */
    void readServiceAtLocation(ImportEntry place, ImportEntry namedLocation, Offering offering, ImportGraph graph) {
        readPlace(place, offering, graph);
        if (namedLocation != null && place.raw("location") == null) {
            readLocation(place, namedLocation, offering, graph);
        }
        addPhones(place, offering, graph);
    }

    private static void addPhones(ImportEntry owner, Offering offering, ImportGraph graph) {
        for (HsdsContacts.Phone phone : HsdsContacts.phoneChannels(owner, owner.list("phones", PhoneDocument.class))) {
            ServiceChannel channel = simple(ChannelType.PHONE, phone.number());
            if (phone.description() != null) {
                channel.getName().set("fi", phone.description());
            }
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

    private void readPlace(ImportEntry place, Offering offering, ImportGraph graph) {
        JsonNode locationNode = place.raw("location");
        if (locationNode == null || !locationNode.isObject()) {
            return;
        }
        readLocation(place, place.child(locationNode, "location"), offering, graph);
    }

    private void readLocation(ImportEntry place, ImportEntry location, Offering offering, ImportGraph graph) {
        String type = location.requiredText("location_type");
        if (type == null || type.equalsIgnoreCase("postal")) {
            return;
        }
        ServiceChannel channel = new ServiceChannel();
        location.text("name").ifPresent(name -> channel.getName().set("fi", name));
        if (channel.getName().isEmpty()) {
            // A place without a name is named by its description; beside a name the description is kept as such.
            location.text("description").ifPresent(text -> channel.getName().set("fi", text));
        } else {
            location.text("description").ifPresent(text -> channel.getDescription().set("fi", text));
        }
        channel.setUrl(location.text("url").orElse(null));
        channel.setAlternateName(location.text("alternate_name").orElse(null));
        channel.setExternalIdentifier(identifier(location, "external_identifier"));
        channel.setExternalIdentifierType(location.text("external_identifier_type").orElse(null));
        HsdsContacts.placePhone(location, location.list("phones", PhoneDocument.class)).ifPresent(phone -> {
            channel.setPhone(phone.number());
            setPhoneDetails(channel, phone);
        });
        switch (type.toLowerCase(Locale.ROOT)) {
            case "physical" -> readAddress(location, channel);
            case "virtual" -> channel.setType(virtualType(location));
            default -> location.reject("location_type", "import.problem.not-one-of", type, "physical, postal, virtual");
        }
        if (channel.getType() == null) {
            return;
        }
        place.id("id").filter(graph::claimPartId).ifPresent(channel::setId);
        readSchedules(place, channel, graph);
        readSchedules(location, channel, graph);
        offering.addChannel(channel);
    }

    private void readAddress(ImportEntry location, ServiceChannel channel) {
        channel.setType(ChannelType.VISITING_ADDRESS);
        List<JsonNode> addresses = location.array("addresses");
        boolean visiting = false;
        boolean postal = false;
        for (int i = 0; i < addresses.size(); i++) {
            ImportEntry address = location.child(addresses.get(i), "addresses[" + i + "]");
            // Our addresses are Finnish: one visiting and one postal address, no states or regions.
            boolean isPostal = isPostal(address);
            if (isPostal && !postal) {
                postal = true;
                channel.setPostalStreetAddress(address.requiredText("address_1"));
                channel.setPostalPostalCode(address.text("postal_code").orElse(null));
                channel.setPostalCity(address.requiredText("city"));
            } else if (!isPostal && !visiting) {
                visiting = true;
                channel.setStreetAddress(address.requiredText("address_1"));
                channel.setPostalCode(address.text("postal_code").orElse(null));
                channel.setCity(address.requiredText("city"));
            } else {
                // A second address of the same type has no place: all of it is reported as dropped.
                address.unused("address_type");
            }
        }
        channel.setTransportation(location.text("transportation").orElse(null));
        channel.setLatitude(coordinate(location, "latitude"));
        channel.setLongitude(coordinate(location, "longitude"));
        readAccessibility(location, channel);
    }

    /** An address without a type, as HSDS 3.0 files have them, is the visiting address. */
    private static boolean isPostal(ImportEntry address) {
        Optional<String> type = address.text("address_type");
        if (type.isEmpty()) {
            return false;
        }
        String named = type.get().strip().toLowerCase(Locale.ROOT);
        if (!named.equals("physical") && !named.equals("postal")) {
            address.reject("address_type", "import.problem.not-one-of", type.get(), "physical, postal");
            return false;
        }
        return named.equals("postal");
    }

    /** Descriptions and details of all items joined; the first web address is the place's accessibility page. */
    private static void readAccessibility(ImportEntry location, ServiceChannel channel) {
        List<JsonNode> items = location.array("accessibility");
        List<String> descriptions = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ImportEntry item = location.child(items.get(i), "accessibility[" + i + "]");
            item.text("description").ifPresent(descriptions::add);
            item.text("details").ifPresent(details::add);
            if (channel.getAccessibilityUrl() == null) {
                item.webAddress("url").ifPresent(channel::setAccessibilityUrl);
            }
        }
        channel.setAccessibility(descriptions.isEmpty() ? null : String.join(" ", descriptions));
        channel.setAccessibilityDetails(details.isEmpty() ? null : String.join(" ", details));
    }

    /** An identifier made only of digits arrives as a number from a table (CSV): it is the same identifier. */
    private static String identifier(ImportEntry location, String field) {
        JsonNode value = location.raw(field);
        if (value != null && value.isIntegralNumber()) {
            location.used(field);
            return value.bigIntegerValue().toString();
        }
        return location.text(field).orElse(null);
    }

    private Double coordinate(ImportEntry location, String field) {
        return location.number(field).orElse(null);
    }

    private ChannelType virtualType(ImportEntry location) {
        String named = HsdsAttributes.of(location, location.list("attributes", AttributeDocument.class)).extension("channel");
        return named == null ? ChannelType.WEB
                : location.parseEnum("attributes.channel", named, ChannelType.class).orElse(null);
    }

    /** Service-wide hours apply to the first visiting address, where there is one. */
    private void readServiceSchedules(ImportEntry service, Offering offering, ImportGraph graph) {
        offering.getChannels().stream().filter(channel -> channel.getType() == ChannelType.VISITING_ADDRESS)
                .findFirst().ifPresent(channel -> readSchedules(service, channel, graph));
    }

    private void readSchedules(ImportEntry owner, ServiceChannel channel, ImportGraph graph) {
        List<JsonNode> schedules = owner.array("schedules");
        for (int i = 0; i < schedules.size(); i++) {
            ImportEntry schedule = owner.child(schedules.get(i), "schedules[" + i + "]");
            OpeningHours hours = HsdsScheduleReader.read(schedule);
            schedule.id("id").filter(graph::claimPartId).ifPresent(hours::setId);
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
