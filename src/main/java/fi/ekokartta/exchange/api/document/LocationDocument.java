package fi.ekokartta.exchange.api.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.util.List;
import java.util.UUID;

/**
 * HSDS location: a visiting address ({@code physical}) or a web, chat or remote channel ({@code virtual}).
 * {@code schedules} is read on import only; the API writes a channel's hours with its service_at_location.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record LocationDocument(UUID id, String locationType, String url, String name, String alternateName,
                               String description, String transportation,
                               Double latitude, Double longitude, String externalIdentifier,
                               String externalIdentifierType, List<AddressDocument> addresses,
                               List<PhoneDocument> phones, List<AccessibilityDocument> accessibility,
                               List<AttributeDocument> attributes, List<ScheduleDocument> schedules) {

    /** The location of a service_at_location list item: the one-to-one fields only. */
    public LocationDocument listForm() {
        return new LocationDocument(id, locationType, url, name, alternateName, description, transportation, latitude,
                longitude, externalIdentifier, externalIdentifierType, null, null, null, null, null);
    }
}
