package fi.ekokartta.exchange.imports;

import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.offering.CapacityUnit;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.ServiceCapacity;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * HSDS 3.1 {@code capacities} of a service become its capacity figures. A figure whose unit is
 * none of ours (kilograms, beds) is left out whole with a warning, so that its fields are listed
 * as dropped rather than stored under a wrong meaning. The source's {@code updated} is kept: an
 * import must not make an old figure look fresh.
 */
final class HsdsCapacityReader {

    void read(ImportEntry service, Offering offering, ImportGraph graph) {
        List<JsonNode> items = service.array("capacities");
        for (int i = 0; i < items.size(); i++) {
            readOne(service.child(items.get(i), "capacities[" + i + "]"), offering, graph);
        }
    }

    private void readOne(ImportEntry capacity, Offering offering, ImportGraph graph) {
        JsonNode unitNode = capacity.raw("unit");
        Optional<CapacityUnit> unit = unitNode != null && unitNode.isObject()
                ? CapacityUnitNames.unit(text(unitNode, "identifier"), text(unitNode, "name"))
                : Optional.empty();
        if (unit.isEmpty()) {
            capacity.warningKey("unit", "import.warning.unknown-capacity-unit", describe(unitNode));
            return;
        }
        capacity.used("unit");
        capacity.used("unit_id");
        capacity.used("service_id");
        UUID id = capacity.id("id").filter(graph::claimPartId).orElse(null);
        Integer available = capacity.integer("available").orElse(null);
        if (available == null && !capacity.has("available")) {
            capacity.reject("available", "import.problem.required");
        }
        Integer maximum = capacity.integer("maximum").orElse(null);
        String description = capacity.text("description").orElse(null);
        Instant updated = updated(capacity);
        if (available == null || updated == null) {
            return;
        }
        ServiceCapacity figure = new ServiceCapacity();
        if (id != null) {
            figure.setId(id);
        }
        figure.setFigure(unit.get(), available, maximum,
                description == null ? new LocalizedText() : LocalizedText.of(description), updated);
        offering.addCapacity(figure);
    }

    private static Instant updated(ImportEntry capacity) {
        Optional<String> text = capacity.text("updated");
        if (text.isEmpty()) {
            capacity.reject("updated", "import.problem.required");
            return null;
        }
        try {
            return OffsetDateTime.parse(text.get()).toInstant();
        } catch (DateTimeParseException e) {
            capacity.reject("updated", "import.problem.not-date-time", text.get());
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.asString().strip() : null;
    }

    private static String describe(JsonNode unit) {
        if (unit == null || !unit.isObject()) {
            return "-";
        }
        String identifier = text(unit, "identifier");
        String name = text(unit, "name");
        return name == null ? String.valueOf(identifier) : identifier == null ? name : name + " (" + identifier + ")";
    }
}
