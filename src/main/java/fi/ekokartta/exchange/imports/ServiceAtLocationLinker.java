package fi.ekokartta.exchange.imports;

import fi.ekokartta.offering.Offering;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
        JsonNode nestedService = place.raw("service");
        UUID serviceId = place.id("service_id").orElseGet(() -> nestedService == null || !nestedService.isObject()
                ? null : ImportReader.quietId(nestedService).orElse(null));
        if (serviceId == null) {
            place.reject("service_id", "import.problem.required");
            return;
        }
        Offering offering = graph.offerings.get(serviceId);
        if (offering == null) {
            decided.put(root, new ImportRows.Decided(ImportOutcome.NOT_STORED,
                    List.of(reason(place, "import.reason.service-not-in-import", serviceId.toString()))));
            return;
        }
        ImportRoot named = place.id("location_id").map(locations::get).orElse(null);
        if (named != null) {
            usedLocations.add(named);
        }
        boolean alreadyRead = place.id("id").map(graph::placeRead).orElse(false);
        if (!alreadyRead && !listedInService(nestedService, place)) {
            channels.readServiceAtLocation(place, named == null ? null : named.entry(), offering, graph);
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
