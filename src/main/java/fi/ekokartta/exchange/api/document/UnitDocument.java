package fi.ekokartta.exchange.api.document;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.UUID;

/** HSDS 3.1 unit: what a capacity figure counts, e.g. free places; identifier is Ekokartta's code. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UnitDocument(UUID id, String name, String scheme, String identifier) {
}
