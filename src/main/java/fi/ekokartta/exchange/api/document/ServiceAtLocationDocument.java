package fi.ekokartta.exchange.api.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.util.List;
import java.util.UUID;

/**
 * HSDS service_at_location: one channel of a service with its opening hours. Nested in a service
 * it has neither the service nor its ids; on its own (/service_at_locations) it has both.
 * {@code phones} is read on import only (they become the service's phone channels); the API
 * writes a channel's phone with its location.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ServiceAtLocationDocument(UUID id, UUID serviceId, UUID locationId, List<ScheduleDocument> schedules,
                                        LocationDocument location, ServiceDocument service,
                                        List<PhoneDocument> phones) {

    public static ServiceAtLocationDocument nested(UUID id, List<ScheduleDocument> schedules, LocationDocument location) {
        return new ServiceAtLocationDocument(id, null, null, schedules, location, null, null);
    }

    /** On its own, with the service in its list form. */
    public ServiceAtLocationDocument standalone(ServiceDocument ofService) {
        return new ServiceAtLocationDocument(id, ofService.id(), location.id(), schedules, location, ofService.listForm(), null);
    }

    /** The service_at_location_list form: no schedules, the location's one-to-one fields only. */
    public ServiceAtLocationDocument listForm() {
        return new ServiceAtLocationDocument(id, serviceId, locationId, null, location.listForm(), service, null);
    }
}
