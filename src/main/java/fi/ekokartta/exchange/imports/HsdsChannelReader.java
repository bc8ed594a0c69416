package fi.ekokartta.exchange.imports;

import fi.ekokartta.offering.ChannelType;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OpeningHours;
import fi.ekokartta.offering.ServiceChannel;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

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
        for (HsdsContacts.Phone phone : HsdsContacts.phoneChannels(owner)) {
            ServiceChannel channel = simple(ChannelType.PHONE, phone.number());
            if (phone.description() != null) {
                channel.getName().set("fi", phone.description());
            }
            phone.id().filter(graph::claimPartId).ifPresent(channel::setId);
            offering.addChannel(channel);
        }
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
            // A description is only the name of a place without one; beside a name it is dropped.
            location.text("description").ifPresent(text -> channel.getName().set("fi", text));
        }
        channel.setUrl(location.text("url").orElse(null));
        switch (type.toLowerCase(Locale.ROOT)) {
            case "physical" -> readAddress(location, channel);
            case "virtual" -> channel.setType(virtualType(location));
            default -> location.problem("location_type", "'" + type + "' is not one of physical, postal, virtual");
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
        if (!addresses.isEmpty()) {
            ImportEntry address = location.child(addresses.getFirst(), "addresses[0]");
            channel.setStreetAddress(address.requiredText("address_1"));
            channel.setPostalCode(address.text("postal_code").orElse(null));
            channel.setCity(address.requiredText("city"));
        }
        channel.setTransportation(location.text("transportation").orElse(null));
        channel.setLatitude(coordinate(location, "latitude"));
        channel.setLongitude(coordinate(location, "longitude"));
        String accessibility = location.array("accessibility").stream()
                .map(item -> location.child(item, "accessibility").text("description").orElse(null))
                .filter(text -> text != null).collect(Collectors.joining(" "));
        channel.setAccessibility(accessibility.isEmpty() ? null : accessibility);
    }

    private Double coordinate(ImportEntry location, String field) {
        return location.number(field).orElse(null);
    }

    private ChannelType virtualType(ImportEntry location) {
        String named = HsdsAttributes.of(location).extension("channel");
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
            OpeningHours hours = new OpeningHours();
            schedule.id("id").filter(graph::claimPartId).ifPresent(hours::setId);
            hours.setWeekdays(schedule.text("byday").map(days -> days.toUpperCase(Locale.ROOT).replace(" ", "")).orElse(null));
            if (hours.getWeekdays() != null && !hours.getWeekdays().matches("(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*")) {
                schedule.problem("byday", "'" + hours.getWeekdays() + "' is not a list of weekdays like MO,TU,WE");
            }
            schedule.time("opens_at").ifPresent(hours::setOpens);
            schedule.time("closes_at").ifPresent(hours::setCloses);
            if (hours.getOpens() != null && hours.getCloses() != null && !hours.getOpens().isBefore(hours.getCloses())) {
                schedule.problem("closes_at", "closes before it opens");
            }
            hours.setNote(schedule.text("description").or(() -> schedule.text("notes")).orElse(null));
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
