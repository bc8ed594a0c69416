package fi.ekokartta.exchange.api.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.util.UUID;

/**
 * HSDS service_area: a municipality, identified by its Statistics Finland code URI, or another
 * area with its own description and extent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ServiceAreaDocument(UUID id, String name, String description, String extent, String extentType,
                                  String uri) {

    public static ServiceAreaDocument municipality(UUID id, String name, String uri) {
        return new ServiceAreaDocument(id, name, null, null, null, uri);
    }
}
