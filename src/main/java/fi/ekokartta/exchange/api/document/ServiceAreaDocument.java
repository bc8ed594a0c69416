package fi.ekokartta.exchange.api.document;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.UUID;

/** HSDS service_area: one municipality, identified by its Statistics Finland code URI. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServiceAreaDocument(UUID id, String name, String uri) {
}
