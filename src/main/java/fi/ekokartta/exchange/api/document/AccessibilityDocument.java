package fi.ekokartta.exchange.api.document;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.UUID;

/** HSDS accessibility of a location (esteettömyys). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccessibilityDocument(UUID id, String description, String details, String url) {
}
