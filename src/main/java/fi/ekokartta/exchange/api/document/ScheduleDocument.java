package fi.ekokartta.exchange.api.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.time.LocalDate;
import java.util.UUID;

/**
 * HSDS schedule: weekly opening hours in RFC 5545 terms ({@code byday} = "MO,TU"), or the hours
 * of one date, given as {@code valid_from} = {@code valid_to} without a frequency (closed all day
 * when it has no times).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ScheduleDocument(UUID id, String freq, String byday, String opensAt, String closesAt,
                               String description, LocalDate validFrom, LocalDate validTo) {
}
