package fi.ekokartta.stewardship;

import fi.ekokartta.actor.ActorSector;
import fi.ekokartta.actor.ActorStatus;
import fi.ekokartta.base.domain.LocalizedText;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An actor as its keepers list it (/hallinta/toimijat): the organization it is part of, its
 * sector and state, when it was last reviewed and when its next review is due, who is
 * responsible, and how many reports of outdated information are open.
 *
 * @param parentId    the organization the actor is a unit of, or null
 * @param lastAssured the day of the last review, or null
 * @param responsible the responsible person's name, or null
 */
public record ManagedActor(UUID id, LocalizedText name, UUID parentId, LocalizedText parent, ActorSector sector,
                           ActorStatus status, LocalDate lastAssured, LocalDate nextReviewDue, String responsible,
                           long openReports) {

    public boolean overdue(LocalDate today) {
        return status == ActorStatus.ACTIVE && nextReviewDue != null && nextReviewDue.isBefore(today);
    }

    /** Current, due within 30 days or overdue; an archived entry is never due. */
    public ReviewState reviewState(LocalDate today) {
        return status == ActorStatus.ACTIVE ? ReviewState.of(nextReviewDue, today) : ReviewState.CURRENT;
    }

    /** Whether the filter's review choices let the row through: none chosen, or either chosen state. */
    boolean passesReview(boolean overdueOnly, boolean dueSoonOnly, LocalDate today) {
        ReviewState state = reviewState(today);
        return !overdueOnly && !dueSoonOnly || overdueOnly && state == ReviewState.OVERDUE
                || dueSoonOnly && state == ReviewState.DUE_SOON;
    }
}
