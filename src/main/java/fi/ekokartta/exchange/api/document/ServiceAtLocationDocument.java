package fi.ekokartta.exchange.api.document;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.UUID;

/** HSDS service_at_location: one channel of a service with its opening hours. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServiceAtLocationDocument(UUID id, List<ScheduleDocument> schedules, LocationDocument location) {
}
