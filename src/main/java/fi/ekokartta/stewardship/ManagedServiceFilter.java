package fi.ekokartta.stewardship;

import fi.ekokartta.offering.OfferingStatus;

import java.util.UUID;

/**
 * What the management list of services is narrowed to; null or false leaves a choice open.
 *
 * @param text            words in the Finnish name
 * @param mine            only the signed-in user's organizations
 * @param classCode       a class of the service taxonomy and its sub-classes ("1.3")
 * @param overdue         only entries whose review is overdue
 * @param reported        only entries with an open report of outdated information
 */
public record ManagedServiceFilter(String text, boolean mine, UUID organization, String municipality, String classCode,
                                   OfferingStatus status, boolean overdue, boolean reported) {

    public static ManagedServiceFilter none() {
        return new ManagedServiceFilter(null, false, null, null, null, null, false, false);
    }
}
