package fi.ekokartta.actor;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import java.time.LocalDate;

/**
 * Päivitysvastuu as part of an entry's own record: the organization that keeps it current, the
 * person and address named for it, its review interval and the day it was last reviewed.
 * Maintainers may edit the entries whose responsible actor is one of their organizations. Which
 * user account keeps the entry, deputies and handovers are stewardship's
 * ({@code fi.ekokartta.stewardship.EntryKeeper}), so entries never point at user accounts.
 */
@Embeddable
public class UpdateResponsibility {

    public static final int DEFAULT_REVIEW_INTERVAL_MONTHS = 12;

    @ManyToOne(fetch = FetchType.LAZY)
    private Actor responsibleActor;
    private String responsiblePerson;
    private String responsibleEmail;
    /** The entry's own interval; null: its organization's default ({@link ReviewIntervals}). */
    private Integer reviewIntervalMonths;
    private LocalDate lastReviewed;

    /** The day the next review is due, counted from the last review, with 12 months unless the entry sets its own. */
    public LocalDate nextReviewDue(LocalDate fallbackStart) {
        return nextReviewDue(fallbackStart, DEFAULT_REVIEW_INTERVAL_MONTHS);
    }

    /**
     * The day the next review is due, counted from the last review (else from the fallback): the
     * entry's own interval, else the inherited one (its organization's default).
     */
    public LocalDate nextReviewDue(LocalDate fallbackStart, int inheritedMonths) {
        LocalDate start = lastReviewed != null ? lastReviewed : fallbackStart;
        return start == null ? null : start.plusMonths(reviewIntervalMonths == null ? inheritedMonths : reviewIntervalMonths);
    }

    public Actor getResponsibleActor() {
        return responsibleActor;
    }

    public void setResponsibleActor(Actor responsibleActor) {
        this.responsibleActor = responsibleActor;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public void setResponsiblePerson(String responsiblePerson) {
        this.responsiblePerson = responsiblePerson;
    }

    public String getResponsibleEmail() {
        return responsibleEmail;
    }

    public void setResponsibleEmail(String responsibleEmail) {
        this.responsibleEmail = responsibleEmail;
    }


    public Integer getReviewIntervalMonths() {
        return reviewIntervalMonths;
    }

    public void setReviewIntervalMonths(Integer reviewIntervalMonths) {
        this.reviewIntervalMonths = reviewIntervalMonths;
    }

    public LocalDate getLastReviewed() {
        return lastReviewed;
    }

    public void setLastReviewed(LocalDate lastReviewed) {
        this.lastReviewed = lastReviewed;
    }
}
