package fi.ekokartta.exchange.api.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;
import java.util.UUID;

/** HSDS cost_option: a price of the service, e.g. 35 EUR per session for the under 18s, for a period. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CostOptionDocument(UUID id, UUID serviceId, String validFrom, String validTo, String option,
                                 String currency, BigDecimal amount, String amountDescription) {
}
