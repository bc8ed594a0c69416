package fi.ekokartta.exchange.api.document;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.UUID;

/** HSDS 3.1 url: a further web address of a service, with a label. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UrlDocument(UUID id, String label, String url) {
}
