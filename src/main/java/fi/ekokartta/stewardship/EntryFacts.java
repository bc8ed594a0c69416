package fi.ekokartta.stewardship;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What the dashboard's figures need to know of one service or actor, read in bulk by
 * {@link StewardshipFactsQuery}.
 *
 * @param status         a service's {@code OfferingStatus} or an actor's {@code ActorStatus}, by name
 * @param lastReviewed   the last review, or null
 * @param assured        a service's assured date, or null
 * @param lastModified   the day of the last content change, or null
 * @param intervalMonths the entry's own interval, else its organization's default
 * @param municipalities the municipality codes the entry serves
 * @param classes        a service's class codes (sub-classes included); empty for an actor
 */
record EntryFacts(EntryKind kind, UUID id, UUID organization, String status, String responsible, LocalDate lastReviewed,
                  LocalDate assured, LocalDate lastModified, int intervalMonths, Set<String> municipalities,
                  Set<String> classes) {

    static final String ARCHIVED = "ARCHIVED";

    /** Archived entries are not reviewed, so they are left out of every review figure. */
    boolean reviewed() {
        return !ARCHIVED.equals(status);
    }

    /** The next review: from the last review, else the assurance, else the last change, as the lists count it. */
    LocalDate due() {
        LocalDate start = lastReviewed != null ? lastReviewed : assured != null ? assured : lastModified;
        return start == null ? null : start.plusMonths(intervalMonths);
    }

    /** Assured within its interval on the day: its next review is not yet in the past ({@link ReviewState}). */
    boolean assuredOn(LocalDate day) {
        return ReviewState.of(due(), day) != ReviewState.OVERDUE;
    }
}
