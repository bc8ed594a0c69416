package fi.ekokartta.assessment;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import java.time.Instant;

/** An actor invited to a round: sent to its recipients (none: {@link #recipientCount} 0), answered or not. */
@Entity
public class AssessmentInvitation extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private AssessmentRound round;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private Actor actor;
    private int recipientCount;
    private Instant sentAt;
    private Instant remindedAt;
    private Instant answeredAt;

    public AssessmentRound getRound() {
        return round;
    }

    public void setRound(AssessmentRound round) {
        this.round = round;
    }

    public Actor getActor() {
        return actor;
    }

    public void setActor(Actor actor) {
        this.actor = actor;
    }

    public int getRecipientCount() {
        return recipientCount;
    }

    public void setRecipientCount(int recipientCount) {
        this.recipientCount = recipientCount;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public void setSentAt(Instant sentAt) {
        this.sentAt = sentAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public void setRemindedAt(Instant remindedAt) {
        this.remindedAt = remindedAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public void setAnsweredAt(Instant answeredAt) {
        this.answeredAt = answeredAt;
    }
}
