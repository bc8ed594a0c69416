package fi.ekokartta.exchange.api.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.util.UUID;

/** HSDS address of a place: its visiting ({@code physical}) or its {@code postal} address. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AddressDocument(UUID id, @JsonProperty("address_1") String address1, String city,
                              String stateProvince, String postalCode, String country, String addressType) {
}
