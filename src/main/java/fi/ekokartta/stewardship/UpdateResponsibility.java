package fi.ekokartta.stewardship;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.security.AppUser;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.LocalDate;

/**
 * Päivitysvastuu: who keeps an entry current and how often it must be reviewed. Maintainers may
 * edit the entries whose responsible actor is one of their organizations.
 */
@Embeddable
public class UpdateResponsibility {

    public static final int DEFAULT_REVIEW_INTERVAL_MONTHS = 12;

    @ManyToOne(fetch = FetchType.LAZY)
    private Actor responsibleActor;
    private String responsiblePerson;
    private String responsibleEmail;
    @ManyToOne(fetch = FetchType.LAZY)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private AppUser responsibleUser;
    private Integer reviewIntervalMonths = DEFAULT_REVIEW_INTERVAL_MONTHS;
    private LocalDate lastReviewed;

    /** The day the next review is due, counted from the last review. */
    public LocalDate nextReviewDue(LocalDate fallbackStart) {
        LocalDate start = lastReviewed != null ? lastReviewed : fallbackStart;
        return start == null ? null : start.plusMonths(reviewIntervalMonths == null ? DEFAULT_REVIEW_INTERVAL_MONTHS : reviewIntervalMonths);
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

    public AppUser getResponsibleUser() {
        return responsibleUser;
    }

    public void setResponsibleUser(AppUser responsibleUser) {
        this.responsibleUser = responsibleUser;
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
