package fi.ekokartta.exchange.api;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * The HSDS filters of the service list.
 *
 * @param organizationId  the providing organization, or null for all
 * @param taxonomyTermId  a service class or a target group the service has (that term only, no
 *                        sub-classes), or null for all
 * @param taxonomyId      a taxonomy one of whose terms the service has, or null for all
 * @param modifiedAfter   services modified at or after this moment; the epoch for all
 */
record ServiceFilter(UUID organizationId, UUID taxonomyTermId, UUID taxonomyId, Instant modifiedAfter) {

    /** A bare date means its start in Finnish time, the time zone of every user of Ekokartta. */
    private static final ZoneId FINNISH_TIME = ZoneId.of("Europe/Helsinki");

    /**
     * The years a client may ask about. PostgreSQL's timestamps end before the years Java
     * parses, and no entry is older than 1900 or newer than 9999.
     */
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z").minus(Duration.ofDays(1));
    private static final Instant AFTER_LATEST = Instant.parse("9999-12-31T23:59:59Z").plus(Duration.ofDays(1));

    static Instant parseModifiedAfter(String value) {
        if (value == null || value.isBlank()) {
            return Instant.EPOCH;
        }
        Instant moment;
        try {
            moment = value.contains("T") ? OffsetDateTime.parse(value.strip()).toInstant()
                    : LocalDate.parse(value.strip()).atStartOfDay(FINNISH_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadParameterException(("modified_after must be an ISO 8601 date-time with offset "
                    + "(2026-01-31T08:00:00Z) or a date (2026-01-31), not '%s'").formatted(value));
        }
        if (moment.isBefore(EARLIEST) || !moment.isBefore(AFTER_LATEST)) {
            throw new BadParameterException(
                    "modified_after must be between the years 1900 and 9999, not '%s'".formatted(value));
        }
        return moment;
    }
}
