package fi.ekokartta.forum;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.PositionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;

import java.time.LocalDate;

/** Toimenpide: an action agreed in a meeting, with an owner and a due date. */
@Entity
@Audited
public class ActionItem extends PositionedEntity {

    @ManyToOne(optional = false)
    private Meeting meeting;
    @Column(length = 4000, nullable = false)
    private String description;
    @ManyToOne(fetch = FetchType.LAZY)
    private Actor owner;
    private LocalDate due;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionStatus status = ActionStatus.OPEN;

    public Meeting getMeeting() {
        return meeting;
    }

    public void setMeeting(Meeting meeting) {
        this.meeting = meeting;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Actor getOwner() {
        return owner;
    }

    public void setOwner(Actor owner) {
        this.owner = owner;
    }

    public LocalDate getDue() {
        return due;
    }

    public void setDue(LocalDate due) {
        this.due = due;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public void setStatus(ActionStatus status) {
        this.status = status;
    }
}
