package fi.ekokartta.exchange.api.document;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The API meta information of HSDS 3.1 ({@code GET /}): the HSDS version, profile and OpenAPI address. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ApiMetaDocument(String version, String profile, String openapiUrl) {
}
