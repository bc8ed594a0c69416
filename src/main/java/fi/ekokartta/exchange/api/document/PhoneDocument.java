package fi.ekokartta.exchange.api.document;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.UUID;

/** HSDS phone. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PhoneDocument(UUID id, String number, String type, String description) {
}
