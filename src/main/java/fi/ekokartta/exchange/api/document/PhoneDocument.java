package fi.ekokartta.exchange.api.document;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.UUID;

/** HSDS phone; the extension is a number, as the schema has it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PhoneDocument(UUID id, String number, Integer extension, String type, String description) {
}
