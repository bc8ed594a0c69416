package fi.ekokartta.exchange.api.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.util.UUID;

/** HSDS 3.1 service_capacity: e.g. 4 free places of 12, with the moment the figure was updated. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ServiceCapacityDocument(UUID id, UUID serviceId, UnitDocument unit, int available, Integer maximum,
                                      String description, String updated) {
}
