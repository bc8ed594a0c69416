package fi.ekokartta.exchange.api.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.time.LocalDate;
import java.util.UUID;

/**
 * HSDS schedule: opening hours in RFC 5545 terms ({@code byday} = "MO,TU"), weekly or monthly,
 * with the period they are valid; or the hours of one date, given as {@code valid_from} =
 * {@code valid_to} without a frequency (closed all day when it has no times). The API writes no
 * {@code timezone}: times are Finnish local time, whose UTC offset changes with the season. An
 * imported file's timezone is read only to check it is a Finnish offset.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ScheduleDocument(UUID id, LocalDate validFrom, LocalDate validTo, LocalDate dtstart, LocalDate until,
                               Integer count, String wkst, String freq, Integer interval, String byday,
                               String byweekno, String bymonthday, String byyearday, String description,
                               String opensAt, String closesAt, String scheduleLink, String attendingType,
                               String notes, Double timezone) {
}
