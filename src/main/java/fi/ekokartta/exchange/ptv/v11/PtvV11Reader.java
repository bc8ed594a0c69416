package fi.ekokartta.exchange.ptv.v11;

import fi.ekokartta.exchange.ptv.HsdsFileSet;
import fi.ekokartta.exchange.ptv.PtvDroppedField;
import fi.ekokartta.exchange.ptv.PtvImport;
import fi.ekokartta.exchange.ptv.PtvVocabulary;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads PTV open API v11 JSON files (organizations, services, service channels; single items,
 * arrays or pages with itemList, in any mix) into HSDS documents in the seed's named-file layout,
 * with PTV ids as ids, and reports every PTV field left out. A file that cannot be read throws a
 * {@link fi.ekokartta.exchange.ptv.PtvFileException}; nothing is returned then.
 */
public final class PtvV11Reader {

    private final PtvVocabulary vocabulary;

    public PtvV11Reader(PtvVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** @param files file name → content, e.g. the saved responses of GET /api/v11/Service/{id} */
    public PtvImport read(Map<String, String> files) {
        List<V11Items.Item> items = new ArrayList<>();
        files.forEach((name, content) -> items.addAll(V11Items.read(name, content)));
        List<PtvDroppedField> dropped = new ArrayList<>();
        HsdsFileSet output = new HsdsFileSet();
        Map<String, V11Object> channels = new LinkedHashMap<>();
        Map<String, V11Object> services = new LinkedHashMap<>();
        V11OrganizationReader organizations = new V11OrganizationReader(output);
        List<V11Object> all = new ArrayList<>();
        for (V11Items.Item item : items) {
            V11Object source = new V11Object(item.node(), item.id(), "", dropped);
            all.add(source);
            switch (item.kind()) {
                case ORGANIZATION -> organizations.read(source);
                case CHANNEL -> channels.put(item.id(), source);
                case SERVICE -> services.put(item.id(), source);
            }
        }
        Set<String> organizationIds = new LinkedHashSet<>();
        items.stream().filter(item -> item.kind() == V11Items.Kind.ORGANIZATION).forEach(item -> organizationIds.add(item.id()));
        V11ServiceReader serviceReader = new V11ServiceReader(output, vocabulary, organizationIds);
        V11ChannelReader channelReader = new V11ChannelReader(output);
        Map<String, Set<String>> channelServices = servicesOfChannels(channels);
        services.forEach((id, source) -> {
            ObjectNode service = serviceReader.read(source);
            Set<String> linked = new LinkedHashSet<>(linkedChannels(source, channels));
            channelServices.forEach((channelId, serviceIds) -> {
                if (serviceIds.contains(id)) {
                    linked.add(channelId);
                }
            });
            linked.forEach(channelId -> channelReader.attach(channels.get(channelId), service));
        });
        all.forEach(V11Object::finish);
        return output.result(dropped);
    }

    /** The channels a service names; those not among the files are reported. */
    private static List<String> linkedChannels(V11Object service, Map<String, V11Object> channels) {
        List<String> linked = new ArrayList<>();
        for (V11Object connection : service.objects("serviceChannels")) {
            connection.object("serviceChannel").ifPresent(channel -> {
                String id = channel.text("id").orElse("").toLowerCase(Locale.ROOT);
                String name = channel.text("name").orElse(id);
                if (channels.containsKey(id)) {
                    linked.add(id);
                } else {
                    service.drop(connection.path("serviceChannel"), PtvDroppedField.CHANNEL_NOT_IN_FILES, name);
                }
            });
        }
        return linked;
    }

    /** Channels listing their services (the channel endpoints' Out shape). */
    private static Map<String, Set<String>> servicesOfChannels(Map<String, V11Object> channels) {
        Map<String, Set<String>> result = new LinkedHashMap<>();
        channels.forEach((id, channel) -> {
            Set<String> serviceIds = new LinkedHashSet<>();
            for (V11Object link : channel.objects("services")) {
                link.object("service").flatMap(service -> {
                    service.whole("name");
                    return service.text("id");
                }).ifPresent(serviceId -> serviceIds.add(serviceId.toLowerCase(Locale.ROOT)));
            }
            result.put(id, serviceIds);
        });
        return result;
    }
}
