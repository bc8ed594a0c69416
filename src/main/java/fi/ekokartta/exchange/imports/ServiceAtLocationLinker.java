package fi.ekokartta.exchange.imports;

import fi.ekokartta.exchange.api.document.LocationDocument;
import fi.ekokartta.exchange.api.document.ServiceAtLocationDocument;
import fi.ekokartta.offering.Offering;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * service_at_location and location objects of their own files. Our model keeps a location only
 * as a channel of a service, so a service_at_location becomes a channel of its service when that
 * service is in the same import, and a location is stored when a service_at_location names it.
 */
final class ServiceAtLocationLinker {

    private final ImportGraph graph;
    private final Map<UUID, ImportRoot> locations = new HashMap<>();
    private final Set<ImportRoot> usedLocations = new HashSet<>();
    private final Map<ImportRoot, ImportRows.Decided> decided;
    private final HsdsChannelReader channels = new HsdsChannelReader();

    ServiceAtLocationLinker(ImportGraph graph, List<ImportRoot> locationRoots, Map<ImportRoot, ImportRows.Decided> decided) {
        this.graph = graph;
        this.decided = decided;
        locationRoots.forEach(root -> ImportReader.quietId(root.entry().node()).ifPresent(id -> locations.put(id, root)));
    }

    void link(List<ImportRoot> places) {
        places.forEach(this::link);
        for (ImportRoot location : locations.values()) {
            if (usedLocations.contains(location)) {
                decided.put(location, new ImportRows.Decided(ImportOutcome.PART_OF, List.of()));
            } else {
                decided.put(location, new ImportRows.Decided(ImportOutcome.NOT_STORED,
                        List.of(reason(location.entry(), "import.reason.location-unused"))));
            }
        }
    }

    private void link(ImportRoot root) {
        ImportEntry place = root.entry();
        // A nested service is read by the service reader; here it is only looked at for its id.
        ServiceAtLocationDocument document = place.bind(ServiceAtLocationDocument.class, "service");
        JsonNode nestedService = place.node().get("service");
        UUID serviceId = document.serviceId() != null ? document.serviceId()
                : nestedService == null || !nestedService.isObject() ? null : ImportReader.quietId(nestedService).orElse(null);
        if (serviceId == null) {
            if (!place.refused("service_id")) {
                place.reject("service_id", "import.problem.required");
            }
            return;
        }
        Offering offering = graph.offerings.get(serviceId);
        if (offering == null) {
            decided.put(root, new ImportRows.Decided(ImportOutcome.NOT_STORED,
                    List.of(reason(place, "import.reason.service-not-in-import", serviceId.toString()))));
            // Nothing of it is kept but the id of the service it names.
            place.readOnly("service_id", "service");
            return;
        }
        ImportRoot named = Optional.ofNullable(document.locationId()).map(locations::get).orElse(null);
        if (named != null) {
            usedLocations.add(named);
        }
        boolean alreadyRead = Optional.ofNullable(document.id()).map(graph::placeRead).orElse(false);
        if (!alreadyRead && !listedInService(nestedService, place)) {
            ImportEntry namedEntry = named == null || place.has("location") ? null : named.entry();
            LocationDocument location = namedEntry == null ? null : namedEntry.bind(LocationDocument.class);
            channels.readServiceAtLocation(place, document, namedEntry, location, offering, graph);
        } else {
            // Read with its service already.
            place.readOnly("id", "service_id", "location_id", "service");
        }
        decided.put(root, new ImportRows.Decided(ImportOutcome.PART_OF, List.of()));
    }

    /** A compiled service nested in its own service_at_location may list that place already. */
    private static boolean listedInService(JsonNode service, ImportEntry place) {
        if (service == null || !service.path("service_at_locations").isArray()) {
            return false;
        }
        JsonNode id = place.node().get("id");
        for (JsonNode listed : service.get("service_at_locations")) {
            if (id != null && id.equals(listed.get("id"))) {
                return true;
            }
        }
        return false;
    }

    private static ImportProblem reason(ImportEntry entry, String key, Object... args) {
        return new ImportProblem(entry.file(), entry.label(), null, key, List.of(args));
    }
}
