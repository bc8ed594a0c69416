package fi.ekokartta.exchange.imports;

import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.offering.CapacityUnit;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.ServiceCapacity;
import fi.ekokartta.exchange.api.document.ServiceCapacityDocument;
import fi.ekokartta.exchange.api.document.UnitDocument;

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

    void read(ImportEntry service, List<ServiceCapacityDocument> items, Offering offering, ImportGraph graph) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) != null) {
                readOne(service, i, items.get(i), offering, graph);
            }
        }
    }

    private void readOne(ImportEntry service, int index, ServiceCapacityDocument item, Offering offering, ImportGraph graph) {
        ImportEntry capacity = service.child("capacities", index);
        UnitDocument unitNamed = item.unit();
        Optional<CapacityUnit> unit = unitNamed == null ? Optional.empty()
                : CapacityUnitNames.unit(unitNamed.identifier(), unitNamed.name());
        if (unit.isEmpty()) {
            capacity.warningKey("unit", "import.warning.unknown-capacity-unit", describe(unitNamed));
            // Left out whole: every field of the figure is reported as dropped.
            service.unused("capacities[" + index + "]");
            return;
        }
        // The unit's own id, repeated as unit_id, names the unit we found.
        capacity.used("unit_id");
        UUID id = Optional.ofNullable(item.id()).filter(graph::claimPartId).orElse(null);
        if (!capacity.has("available")) {
            capacity.reject("available", "import.problem.required");
        }
        String description = item.description();
        Instant updated = updated(capacity, item.updated());
        if (!capacity.has("available") || capacity.refused("available") || updated == null) {
            return;
        }
        ServiceCapacity figure = new ServiceCapacity();
        if (id != null) {
            figure.setId(id);
        }
        figure.setFigure(unit.get(), item.available(), item.maximum(),
                description == null ? new LocalizedText() : LocalizedText.of(description), updated);
        offering.addCapacity(figure);
    }

    private static Instant updated(ImportEntry capacity, String text) {
        if (capacity.required("updated", text) == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            capacity.reject("updated", "import.problem.not-date-time", text);
            return null;
        }
    }

    private static String describe(UnitDocument unit) {
        if (unit == null) {
            return "-";
        }
        String identifier = unit.identifier();
        String name = unit.name();
        return name == null ? String.valueOf(identifier) : identifier == null ? name : name + " (" + identifier + ")";
    }
}
