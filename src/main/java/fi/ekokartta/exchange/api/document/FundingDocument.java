package fi.ekokartta.exchange.api.document;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.UUID;

/** HSDS funding, e.g. "ESF+ -hanke". */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FundingDocument(UUID id, String source) {
}
