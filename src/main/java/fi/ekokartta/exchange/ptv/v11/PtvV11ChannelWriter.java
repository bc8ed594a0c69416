package fi.ekokartta.exchange.ptv.v11;

import fi.ekokartta.exchange.ptv.HsdsFileSet;
import fi.ekokartta.exchange.ptv.PtvMapping;
import fi.ekokartta.exchange.ptv.PtvMapping.MaxLength;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service channels of our services in PTV's v11 channel shapes (V11VmOpenApiServiceLocationChannel,
 * V11VmOpenApiElectronicChannel, V11VmOpenApiPhoneChannel, V11VmOpenApiWebPageChannel), made from
 * the same HSDS service documents as {@link PtvV11ServiceWriter}:
 * <ul>
 * <li>a physical location (visiting address) → ServiceLocation with its address, phones, web page
 * and hours (weekly, and one-day exceptions);</li>
 * <li>a virtual location → EChannel (our e_service) or WebPage (web, chat, remote), with its address
 * on the web;</li>
 * <li>a service phone → Phone channel;</li>
 * <li>the service's own web page ({@code url}) and its other pages ({@code urls}) → WebPage.</li>
 * </ul>
 * Our id goes into {@code sourceId}: the location's id, the phone's id, the page's id (the service's
 * url gets one derived from the service). Names and descriptions are written in fi, sv and en (a
 * translation that repeats the Finnish text is left out); addresses and notes of opening hours are
 * plain Finnish text in our model and written in Finnish. Texts are cut to PTV's maximum lengths
 * ({@link MaxLength}). E-mail channels have no PTV channel type of their own and are not written.
 */
public final class PtvV11ChannelWriter {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern PREFIXED = Pattern.compile("^(\\+\\d{1,4})\\s*(.+)$");
    private static final Pattern STREET_NUMBER = Pattern.compile("^(.*?\\D)\\s+(\\d.*)$");

    /** The channels of all the services, each once, in the order the services name them. */
    public ArrayNode writeAll(JsonNode finnishServices, Map<String, JsonNode> translations) {
        Map<String, ObjectNode> channels = new LinkedHashMap<>();
        for (JsonNode service : finnishServices) {
            for (ObjectNode channel : write(service, V11Translations.of(service.path("id").asString(""), translations))) {
                channels.putIfAbsent(channel.get("sourceId").asString(), channel);
            }
        }
        ArrayNode result = JSON.arrayNode();
        channels.values().forEach(result::add);
        return result;
    }

    /** The channels of one service; {@code translations} are its documents in sv and en. */
    public List<ObjectNode> write(JsonNode service, Map<String, JsonNode> translations) {
        String serviceId = service.path("id").asString();
        String organization = service.path("organization_id").asString(service.path("organization").path("id").asString(null));
        List<ObjectNode> channels = new ArrayList<>();
        String url = service.path("url").asString(null);
        if (url != null && !url.isBlank()) {
            ObjectNode page = channel(pageChannelId(serviceId), "WebPage", organization);
            names(page, texts(service, translations, document -> document.path("name")));
            webPage(page, url, service.path("name").asString(null));
            channels.add(page);
        }
        for (JsonNode other : service.path("urls")) {
            String id = other.path("id").asString(null);
            if (id == null || other.path("url").asString("").isBlank()) {
                continue;
            }
            ObjectNode page = channel(id, "WebPage", organization);
            names(page, texts(service, translations, document -> byId(document.path("urls"), id).path("label")));
            webPage(page, other.path("url").asString(), other.path("label").asString(null));
            channels.add(page);
        }
        for (JsonNode place : service.path("service_at_locations")) {
            JsonNode location = place.path("location");
            String id = location.path("id").asString(null);
            if (id == null || "postal".equals(location.path("location_type").asString(""))) {
                continue;
            }
            channels.add(location(service, place, location, id, organization, translations));
        }
        for (JsonNode phone : service.path("phones")) {
            String id = phone.path("id").asString(null);
            if (id == null || phone.path("number").asString("").isBlank()) {
                continue;
            }
            ObjectNode channel = channel(id, "Phone", organization);
            Map<String, String> names = texts(service, translations, document -> byId(document.path("phones"), id).path("description"));
            if (names.isEmpty()) {
                names = texts(service, translations, document -> document.path("name"));
            }
            names(channel, names);
            phone(channel.putArray("phoneNumbers"), phone, false);
            channels.add(channel);
        }
        return channels;
    }

    /** The id of the WebPage channel made of a service's own web page ({@code url}). */
    static String pageChannelId(String serviceId) {
        return HsdsFileSet.derivedId(serviceId, "web-page");
    }

    private static ObjectNode location(JsonNode service, JsonNode place, JsonNode location, String id, String organization,
                                       Map<String, JsonNode> translations) {
        boolean physical = "physical".equals(location.path("location_type").asString(""));
        String type = physical ? "ServiceLocation"
                : PtvMapping.ptvVirtualChannel(new V11Attributes(location).field("channel").orElse("web"));
        ObjectNode channel = channel(id, type, organization);
        Function<JsonNode, JsonNode> name = document -> locationById(document, id).path("name");
        Map<String, String> names = texts(service, translations, name);
        if (names.isEmpty()) {
            names = texts(service, translations, document -> document.path("name"));
        }
        names(channel, names);
        Map<String, String> descriptions = texts(service, translations, document -> locationById(document, id).path("description"));
        if (!descriptions.isEmpty()) {
            ArrayNode items = channel.putArray("serviceChannelDescriptions");
            descriptions.forEach((language, value) -> items.addObject().put("type", "Description").put("language", language)
                    .put("value", MaxLength.CHANNEL_DESCRIPTION.fit(value)));
        }
        String url = location.path("url").asString("");
        if (!url.isBlank()) {
            // The page is named as the channel is, so that reading the channel back and writing it
            // again (its name then stored) gives the same document.
            webPage(channel, url, names.get("fi"));
        }
        if (physical) {
            address(channel, location);
            ArrayNode numbers = JSON.arrayNode();
            for (JsonNode phone : concat(place.path("phones"), location.path("phones"))) {
                phone(numbers, phone, true);
            }
            if (!numbers.isEmpty()) {
                channel.set("phoneNumbers", numbers);
            }
            hours(channel, concat(place.path("schedules"), location.path("schedules")));
        }
        return channel;
    }

    private static ObjectNode channel(String id, String type, String organization) {
        ObjectNode channel = JSON.objectNode().put("sourceId", id).put("serviceChannelType", type);
        if (organization != null) {
            channel.put("organizationId", organization);
        }
        channel.put("publishingStatus", PtvMapping.exportPublishingStatus());
        return channel;
    }

    /** A field's text in fi, sv and en; a translation equal to the Finnish text is left out. */
    private static Map<String, String> texts(JsonNode service, Map<String, JsonNode> translations,
                                             Function<JsonNode, JsonNode> field) {
        Map<String, String> texts = new LinkedHashMap<>();
        String finnish = text(field.apply(service));
        if (finnish != null) {
            texts.put("fi", finnish);
        }
        translations.forEach((language, document) -> {
            String value = text(field.apply(document));
            if (value != null && !value.equals(finnish)) {
                texts.put(language, value);
            }
        });
        return texts;
    }

    private static void names(ObjectNode channel, Map<String, String> names) {
        ArrayNode items = JSON.arrayNode();
        names.forEach((language, value) -> items.addObject().put("type", "Name").put("language", language)
                .put("value", MaxLength.NAME.fit(value)));
        channel.set("serviceChannelNames", items);
        ArrayNode languages = JSON.arrayNode();
        names.keySet().forEach(languages::add);
        channel.set("languages", languages);
    }

    private static void webPage(ObjectNode channel, String url, String name) {
        ObjectNode page = channel.putArray("webPages").addObject().put("url", MaxLength.URL.fit(url.strip())).put("language", "fi");
        if (name != null && !name.isBlank()) {
            page.put("value", MaxLength.WEB_PAGE_NAME.fit(name.strip()));
        }
    }

    /** {@code +358 40 123 4567} → prefix +358, number 40 123 4567; a number without one gets +358 for its leading 0. */
    private static void phone(ArrayNode numbers, JsonNode phone, boolean withDescription) {
        String full = phone.path("number").asString("").strip();
        if (full.isEmpty()) {
            return;
        }
        String prefix = "+358";
        String number = full;
        Matcher prefixed = PREFIXED.matcher(full);
        if (prefixed.matches()) {
            prefix = prefixed.group(1);
            number = prefixed.group(2).strip();
        } else if (number.startsWith("0")) {
            number = number.substring(1).strip();
        }
        ObjectNode item = numbers.addObject().put("prefixNumber", prefix)
                .put("number", MaxLength.PHONE_NUMBER.fit(number)).put("isFinnishServiceNumber", false)
                .put("language", "fi").put("type", PtvMapping.ptvPhoneType(phone.path("type").asString(null)))
                .put("serviceChargeType", "Chargeable");
        String description = phone.path("description").asString("");
        if (withDescription && !description.isBlank()) {
            item.put("additionalInformation", MaxLength.PHONE_INFO.fit(description.strip()));
        }
    }

    /** The first address as the visiting address: street and number apart, as PTV keeps them. */
    private static void address(ObjectNode channel, JsonNode location) {
        JsonNode address = location.path("addresses").path(0);
        if (address.isMissingNode()) {
            return;
        }
        String line = address.path("address_1").asString("").strip();
        String street = line;
        String number = null;
        Matcher numbered = STREET_NUMBER.matcher(line);
        if (numbered.matches()) {
            street = numbered.group(1).strip();
            number = numbered.group(2).strip();
        }
        ObjectNode visiting = channel.putArray("addresses").addObject().put("type", "Visiting").put("subType", "Street")
                .put("country", address.path("country").asString("FI"));
        ObjectNode streetAddress = visiting.putObject("streetAddress");
        if (!street.isEmpty()) {
            streetAddress.putArray("street").addObject().put("language", "fi").put("value", MaxLength.STREET.fit(street));
        }
        if (number != null) {
            streetAddress.put("streetNumber", MaxLength.STREET_NUMBER.fit(number));
        }
        streetAddress.put("postalCode", address.path("postal_code").asString(""));
        String city = address.path("city").asString("").strip();
        if (!city.isEmpty()) {
            streetAddress.putArray("postOffice").addObject().put("language", "fi").put("value", MaxLength.POST_OFFICE.fit(city));
        }
    }

    /**
     * Weekly schedules as DaysOfTheWeek service hours: those with the same validity and note are one
     * service hour with an opening hour for each run of days (MO,TU,WE → Monday–Wednesday).
     * One-day exceptions are Exceptional service hours, closed when they give no times. Other
     * recurrences (monthly, yearly...) have no PTV service hour type and are not written.
     */
    private static void hours(ObjectNode channel, List<JsonNode> schedules) {
        Map<List<String>, ObjectNode> weekly = new LinkedHashMap<>();
        ArrayNode hours = JSON.arrayNode();
        for (JsonNode schedule : schedules) {
            String validFrom = schedule.path("valid_from").asString(null);
            String validTo = schedule.path("valid_to").asString(null);
            String note = text(schedule.path("description"));
            String frequency = schedule.path("freq").asString("");
            if (frequency.isEmpty() && validFrom != null && validFrom.equals(Objects.requireNonNullElse(validTo, validFrom))) {
                ObjectNode exception = hours.addObject().put("serviceHourType", "Exceptional")
                        .put("validFrom", validFrom + "T00:00:00").put("validTo", validFrom + "T00:00:00");
                String opens = time(schedule.path("opens_at"));
                String closes = time(schedule.path("closes_at"));
                exception.put("isClosed", opens == null || closes == null).put("isAlwaysOpen", false);
                note(exception, note);
                if (opens != null && closes != null) {
                    exception.putArray("openingHour").addObject().put("dayFrom", weekday(validFrom)).put("from", opens).put("to", closes);
                }
                continue;
            }
            if (!frequency.isEmpty() && !"WEEKLY".equalsIgnoreCase(frequency)) {
                continue;
            }
            ObjectNode hour = weekly.computeIfAbsent(java.util.Arrays.asList(validFrom, validTo, note), key -> {
                ObjectNode created = hours.addObject().put("serviceHourType", "DaysOfTheWeek");
                if (validFrom == null) {
                    created.put("validForNow", true);
                } else {
                    created.put("validFrom", validFrom + "T00:00:00");
                }
                if (validTo != null) {
                    created.put("validTo", validTo + "T00:00:00");
                }
                created.put("isClosed", false).put("isAlwaysOpen", false);
                note(created, note);
                created.putArray("openingHour");
                return created;
            });
            ArrayNode openings = (ArrayNode) hour.get("openingHour");
            String opens = time(schedule.path("opens_at"));
            String closes = time(schedule.path("closes_at"));
            for (String[] run : runs(schedule.path("byday").asString(""))) {
                ObjectNode opening = openings.addObject().put("dayFrom", run[0]);
                if (!run[0].equals(run[1])) {
                    opening.put("dayTo", run[1]);
                }
                if (opens != null) {
                    opening.put("from", opens);
                }
                if (closes != null) {
                    opening.put("to", closes);
                }
            }
        }
        if (!hours.isEmpty()) {
            channel.set("serviceHours", hours);
        }
    }

    private static void note(ObjectNode hour, String note) {
        if (note != null) {
            hour.putArray("additionalInformation").addObject().put("language", "fi")
                    .put("value", MaxLength.PHONE_INFO.fit(note));
        }
    }

    private static final List<String> BYDAY = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");

    /** MO,TU,WE,FR → [Monday, Wednesday], [Friday, Friday]; unknown day codes are skipped. */
    static List<String[]> runs(String byday) {
        Set<Integer> days = new LinkedHashSet<>();
        for (String day : byday.split(",")) {
            int index = BYDAY.indexOf(day.strip().toUpperCase(java.util.Locale.ROOT));
            if (index >= 0) {
                days.add(index);
            }
        }
        List<Integer> sorted = days.stream().sorted().toList();
        List<String[]> runs = new ArrayList<>();
        int start = -1;
        int previous = -2;
        for (int day : sorted) {
            if (day != previous + 1) {
                if (start >= 0) {
                    runs.add(new String[] {DAYS.get(start), DAYS.get(previous)});
                }
                start = day;
            }
            previous = day;
        }
        if (start >= 0) {
            runs.add(new String[] {DAYS.get(start), DAYS.get(previous)});
        }
        return runs;
    }

    /** PTV's opening times name their day: an exception's is the weekday of its date. */
    private static String weekday(String date) {
        return DAYS.get(java.time.LocalDate.parse(date).getDayOfWeek().getValue() - 1);
    }

    private static String time(JsonNode value) {
        String text = value.asString("");
        if (text.isBlank()) {
            return null;
        }
        return text.length() >= 5 ? text.substring(0, 5) + ":00" : text;
    }

    private static JsonNode byId(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (id.equals(item.path("id").asString(""))) {
                return item;
            }
        }
        return JSON.missingNode();
    }

    private static JsonNode locationById(JsonNode service, String locationId) {
        for (JsonNode place : service.path("service_at_locations")) {
            if (locationId.equals(place.path("location").path("id").asString(""))) {
                return place.path("location");
            }
        }
        return JSON.missingNode();
    }

    private static List<JsonNode> concat(JsonNode first, JsonNode second) {
        List<JsonNode> all = new ArrayList<>();
        first.forEach(all::add);
        second.forEach(all::add);
        return all;
    }

    private static String text(JsonNode value) {
        return value == null || !value.isString() || value.asString().isBlank() ? null : value.asString().strip();
    }
}
