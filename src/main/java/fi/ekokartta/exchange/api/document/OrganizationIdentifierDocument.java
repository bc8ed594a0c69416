package fi.ekokartta.exchange.api.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.util.UUID;

/** HSDS organization_identifier, e.g. the Finnish Business ID (Y-tunnus). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OrganizationIdentifierDocument(UUID id, String identifierScheme, String identifierType,
                                             String identifier) {
}
