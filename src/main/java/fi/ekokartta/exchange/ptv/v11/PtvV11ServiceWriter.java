package fi.ekokartta.exchange.ptv.v11;

import fi.ekokartta.exchange.ptv.PtvMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Our services in the shape a municipality sends to PTV (POST/PUT /api/v11/Service, PTV's
 * V9VmOpenApiServiceInBase): localized names and descriptions, languages, keywords, requirements,
 * service classes and target groups as code URIs, municipalities as areas, charge type, the main
 * responsible organization and producers. Made from HSDS service documents: the Finnish one and,
 * by id, its Swedish and English ones (the seed's file layout, or the API's documents per language).
 * Our id goes into {@code sourceId}; PTV gives its own id. Channels are PTV entities of their own,
 * written by {@link PtvV11ChannelWriter}; a service names them in {@code serviceChannels}.
 */
public final class PtvV11ServiceWriter {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final PtvV11ChannelWriter CHANNELS = new PtvV11ChannelWriter();

    /** Services with their translations: language → documents of that language, matched by id. */
    public ArrayNode writeAll(JsonNode finnishServices, Map<String, JsonNode> translations) {
        ArrayNode services = JSON.arrayNode();
        for (JsonNode service : finnishServices) {
            services.add(write(service, V11Translations.of(service.path("id").asString(""), translations)));
        }
        return services;
    }

    /** One service; {@code translations} are its documents in sv and en (missing ones are fine). */
    public ObjectNode write(JsonNode service, Map<String, JsonNode> translations) {
        V11Translations texts = new V11Translations(service, translations);
        ObjectNode ptv = JSON.objectNode();
        ptv.put("sourceId", service.path("id").asString());
        ptv.put("type", "Service");
        ptv.put("fundingType", "PubliclyFunded");
        ArrayNode names = ptv.putArray("serviceNames");
        texts.add(names, "name", "Name");
        texts.add(names, "alternate_name", "AlternativeName");
        ArrayNode descriptions = ptv.putArray("serviceDescriptions");
        texts.add(descriptions, "description", "Description");
        texts.addAttribute(descriptions, "summary", "Summary");
        texts.add(descriptions, "application_process", "UserInstruction");
        texts.add(descriptions, "fees_description", "ChargeTypeAdditionalInfo");
        ArrayNode languages = ptv.putArray("languages");
        service.path("languages").forEach(language -> languages.add(language.path("code").asString()));
        texts.keywords(ptv.putArray("keywords"));
        texts.add(ptv.putArray("requirements"), "eligibility_description", null);
        V11Attributes attributes = new V11Attributes(service);
        attributes.field("charge_type").flatMap(PtvMapping::ptvChargeType)
                .ifPresent(type -> ptv.put("serviceChargeType", type));
        areas(service, ptv);
        ArrayNode classes = ptv.putArray("serviceClasses");
        attributes.termCodes(PtvMapping.CLASS_TAXONOMY).stream().map(PtvMapping::ptvServiceClass)
                .flatMap(Optional::stream).distinct().map(PtvMapping::serviceClassUri).forEach(classes::add);
        ArrayNode groups = ptv.putArray("targetGroups");
        attributes.termCodes(PtvMapping.TARGET_GROUP_TAXONOMY).stream().map(PtvMapping::ptvTargetGroup)
                .flatMap(Optional::stream).distinct().map(PtvMapping::targetGroupUri).forEach(groups::add);
        producers(service, attributes, ptv);
        serviceChannels(service, translations, ptv);
        ptv.put("publishingStatus", PtvMapping.exportPublishingStatus());
        return ptv;
    }

    /**
     * The service's connections to its channels ({@link PtvV11ChannelWriter}), as PTV lists them on
     * a service: {@code serviceChannels: [{serviceChannel: {id, name}}]}, the channel named by our id
     * (its sourceId) until PTV gives it one.
     */
    private static void serviceChannels(JsonNode service, Map<String, JsonNode> translations, ObjectNode ptv) {
        ArrayNode connections = ptv.putArray("serviceChannels");
        for (ObjectNode channel : CHANNELS.write(service, translations)) {
            ObjectNode link = connections.addObject().putObject("serviceChannel")
                    .put("id", channel.get("sourceId").asString());
            channel.path("serviceChannelNames").valueStream()
                    .filter(name -> "fi".equals(name.path("language").asString(""))).findFirst()
                    .ifPresent(name -> link.put("name", name.path("value").asString()));
        }
    }

    /** Municipalities as one Municipality area; a service without municipalities is nationwide. */
    private static void areas(JsonNode service, ObjectNode ptv) {
        Set<String> codes = new LinkedHashSet<>();
        service.path("service_areas").forEach(area -> PtvMapping.municipalityOf(area.path("uri").asString(null))
                .ifPresent(codes::add));
        if (codes.isEmpty()) {
            ptv.put("areaType", "Nationwide");
            return;
        }
        ptv.put("areaType", "LimitedType");
        ArrayNode areaCodes = ptv.putArray("areas").addObject().put("type", "Municipality").putArray("areaCodes");
        codes.forEach(areaCodes::add);
    }

    private static void producers(JsonNode service, V11Attributes attributes, ObjectNode ptv) {
        String provider = service.path("organization_id").asString(null);
        if (provider == null) {
            provider = service.path("organization").path("id").asString(null);
        }
        ArrayNode producers = ptv.putArray("serviceProducers");
        if (provider != null) {
            ptv.put("mainResponsibleOrganization", provider);
            producers.addObject().put("provisionType", PtvMapping.selfProduced()).putArray("organizations").add(provider);
        }
        List<String> coProducers = attributes.fields("co_producer");
        if (!coProducers.isEmpty()) {
            ArrayNode others = producers.addObject().put("provisionType", "Other").putArray("organizations");
            coProducers.forEach(others::add);
        }
    }
}
