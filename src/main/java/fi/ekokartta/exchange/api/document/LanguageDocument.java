package fi.ekokartta.exchange.api.document;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.UUID;

/** HSDS language: a language the service is given in (ISO 639-1 code). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LanguageDocument(UUID id, String name, String code) {
}
