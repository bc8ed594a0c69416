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
 * @param dueSoon         only entries due within 30 days (with {@code overdue}: either)
 * @param responsible     only entries whose responsible person is named so (the dashboard's link)
 */
public record ManagedServiceFilter(String text, boolean mine, UUID organization, String municipality, String classCode,
                                   OfferingStatus status, boolean overdue, boolean reported, boolean dueSoon,
                                   String responsible) {

    public ManagedServiceFilter(String text, boolean mine, UUID organization, String municipality, String classCode,
                                OfferingStatus status, boolean overdue, boolean reported, boolean dueSoon) {
        this(text, mine, organization, municipality, classCode, status, overdue, reported, dueSoon, null);
    }

    public ManagedServiceFilter(String text, boolean mine, UUID organization, String municipality, String classCode,
                                OfferingStatus status, boolean overdue, boolean reported) {
        this(text, mine, organization, municipality, classCode, status, overdue, reported, false);
    }

    public static ManagedServiceFilter none() {
        return new ManagedServiceFilter(null, false, null, null, null, null, false, false, false, null);
    }
}
