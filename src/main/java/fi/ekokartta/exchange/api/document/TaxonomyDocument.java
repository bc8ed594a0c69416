package fi.ekokartta.exchange.api.document;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.UUID;

/** HSDS taxonomy: a vocabulary the taxonomy terms come from. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaxonomyDocument(UUID id, String name, String description, String uri, String version) {
}
