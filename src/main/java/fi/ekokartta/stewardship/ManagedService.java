package fi.ekokartta.stewardship;

import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.offering.OfferingStatus;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A service as its keepers list it (/hallinta/palvelut): whose it is, its state, when it was last
 * assured and when its next review is due, who is responsible, and how many reports of outdated
 * information are open.
 *
 * @param organization the organization named responsible, or the providing actor when none is
 * @param responsible  the responsible person's name, or null
 */
public record ManagedService(UUID id, LocalizedText name, UUID organizationId, LocalizedText organization,
                             OfferingStatus status, LocalDate lastAssured, LocalDate nextReviewDue, String responsible,
                             long openReports) {

    public boolean overdue(LocalDate today) {
        return status != OfferingStatus.ARCHIVED && nextReviewDue != null && nextReviewDue.isBefore(today);
    }

    /** Current, due within 30 days or overdue; an archived entry is never due. */
    public ReviewState reviewState(LocalDate today) {
        return status != OfferingStatus.ARCHIVED ? ReviewState.of(nextReviewDue, today) : ReviewState.CURRENT;
    }

    /** Whether the filter's review choices let the row through: none chosen, or either chosen state. */
    boolean passesReview(boolean overdueOnly, boolean dueSoonOnly, LocalDate today) {
        ReviewState state = reviewState(today);
        return !overdueOnly && !dueSoonOnly || overdueOnly && state == ReviewState.OVERDUE
                || dueSoonOnly && state == ReviewState.DUE_SOON;
    }
}
