package fi.ekokartta.exchange.ptv.v11;

import fi.ekokartta.exchange.ptv.HsdsFileSet;
import fi.ekokartta.exchange.ptv.PtvMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * PTV service channels on a service: a ServiceLocation is a physical location with address and
 * weekly and exceptional hours, a Phone channel gives service phones, an EChannel, WebPage or PrintableForm a
 * virtual location with its address on the web (Ekokartta's channel types e_service and web).
 */
final class V11ChannelReader {

    static final List<String> TYPES = List.of("ServiceLocation", "Phone", "EChannel", "WebPage", "PrintableForm");

    private final HsdsFileSet files;

    V11ChannelReader(HsdsFileSet files) {
        this.files = files;
    }

    void attach(V11Object channel, ObjectNode service) {
        String type = channel.text("serviceChannelType").orElse("");
        V11Codes.check(channel, "serviceChannelType", type, TYPES.toArray(String[]::new));
        channel.text("id");
        channel.text("publishingStatus");
        channel.text("areaType");
        if ("Phone".equals(type)) {
            phones(channel, service);
            return;
        }
        ObjectNode location = location(channel, service, files);
        if ("ServiceLocation".equals(type)) {
            location.put("location_type", "physical");
            address(channel, location);
            V11Localized.first(channel.objects("webPages"), "url").ifPresent(url -> location.put("url", url));
            V11ServiceHours.read(channel.objects("serviceHours"), location);
        } else {
            location.put("location_type", "virtual");
            V11Localized.first(channel.objects("webPages"), "url")
                    .or(() -> V11Localized.first(channel.objects("channelUrls"), "value"))
                    .ifPresent(url -> location.put("url", url));
            HsdsFileSet.addField(location, "channel", PtvMapping.ourVirtualChannel(type));
        }
    }

    /**
     * A phone channel's numbers become service phones. The channel's name is the phone's
     * description where the number has no additional information (our phone channels' names
     * travel so), and its Swedish and English names go to the translation files by the phone's
     * id. A channel of one number gives that phone the channel's id.
     */
    private void phones(V11Object channel, ObjectNode service) {
        Map<String, String> names = channel.localized("serviceChannelNames").take("Name");
        List<ObjectNode> phones = V11Phones.add(channel.objects("phoneNumbers"), service, "service_id");
        if (phones.size() == 1) {
            phones.getFirst().put("id", channel.itemId());
        }
        for (ObjectNode phone : phones) {
            if (phone.has("description")) {
                continue;
            }
            names.forEach((language, name) -> {
                if ("fi".equals(language)) {
                    phone.put("description", name);
                } else {
                    translation(service, language).withArray("phones").addObject()
                            .put("id", phone.get("id").asString()).put("description", name);
                }
            });
        }
    }

    private ObjectNode translation(ObjectNode service, String language) {
        return files.inLanguage(HsdsFileSet.SERVICES, language, service.get("id").asString());
    }

    /** The service_at_location linking the service to the channel's location. */
    private static ObjectNode location(V11Object channel, ObjectNode service, HsdsFileSet files) {
        String serviceId = service.get("id").asString();
        ArrayNode places = service.has("service_at_locations") ? (ArrayNode) service.get("service_at_locations")
                : service.putArray("service_at_locations");
        ObjectNode place = places.addObject().put("id", HsdsFileSet.derivedId(serviceId, "channel", channel.itemId()))
                .put("service_id", serviceId).put("location_id", channel.itemId());
        ObjectNode location = place.putObject("location").put("id", channel.itemId());
        // Name and description in every language: Swedish and English in the translation files, by the place's id.
        channel.localized("serviceChannelNames").take("Name").forEach((language, name) ->
                inLanguage(files, serviceId, place, location, language).put("name", name));
        channel.localized("serviceChannelDescriptions").take("Description").forEach((language, description) ->
                inLanguage(files, serviceId, place, location, language).put("description", description));
        V11Phones.add(channel.objects("phoneNumbers"), place, "service_at_location_id");
        if (!service.has("email")) {
            V11Localized.first(channel.objects("emails"), "value").ifPresent(email -> service.put("email", email));
        }
        return location;
    }

    /** The place's location in a language: the Finnish one, or its entry in the service's translation file. */
    private static ObjectNode inLanguage(HsdsFileSet files, String serviceId, ObjectNode place, ObjectNode location,
                                         String language) {
        if ("fi".equals(language)) {
            return location;
        }
        String placeId = place.get("id").asString();
        ArrayNode places = files.inLanguage(HsdsFileSet.SERVICES, language, serviceId).withArray("service_at_locations");
        for (JsonNode translated : places) {
            if (placeId.equals(translated.path("id").asString(""))) {
                return (ObjectNode) translated.get("location");
            }
        }
        ObjectNode translated = places.addObject().put("id", placeId);
        return translated.putObject("location").put("id", location.get("id").asString());
    }

    /** The visiting address (else the first one) in Finnish; coordinates are in ETRS-TM35FIN, not ours. */
    private static void address(V11Object channel, ObjectNode location) {
        List<V11Object> addresses = channel.objects("addresses");
        V11Object chosen = addresses.stream().filter(a -> "Visiting".equals(a.peek("type").orElse(""))).findFirst()
                .orElse(addresses.isEmpty() ? null : addresses.getFirst());
        if (chosen == null) {
            return;
        }
        chosen.text("type");
        chosen.text("subType");
        chosen.object("streetAddress").ifPresent(street -> {
            String line = V11Localized.finnishOnly(street, "street", street.localized("street").untyped());
            String number = street.text("streetNumber").orElse("");
            ObjectNode address = location.putArray("addresses").addObject()
                    .put("id", HsdsFileSet.derivedId(channel.itemId(), "address"))
                    .put("location_id", channel.itemId())
                    .put("address_1", ((line == null ? "" : line) + " " + number).strip())
                    .put("city", Objects.requireNonNullElse(
                            V11Localized.finnishOnly(street, "postOffice", street.localized("postOffice").untyped()), ""))
                    .put("state_province", "")
                    .put("postal_code", street.text("postalCode").orElse(""))
                    .put("country", chosen.text("country").orElse("FI"))
                    .put("address_type", "physical");
            street.object("municipality").ifPresent(municipality -> {
                municipality.text("code");
                municipality.whole("name");
            });
        });
    }
}
