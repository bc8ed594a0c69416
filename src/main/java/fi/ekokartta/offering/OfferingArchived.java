package fi.ekokartta.offering;

import java.util.UUID;

/**
 * A service was archived (by a maintainer or at the end of its validity). Published inside the
 * archiving transaction; features that show the service in collections of their own (service
 * paths) listen after it commits, without the offering feature knowing them.
 */
public record OfferingArchived(UUID offeringId) {
}
