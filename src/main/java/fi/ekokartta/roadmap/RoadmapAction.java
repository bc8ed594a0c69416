package fi.ekokartta.roadmap;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.PositionedEntity;
import fi.ekokartta.base.domain.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;

import java.time.LocalDate;

/** Tiekartan toimenpide: an action towards a roadmap goal, with an owner and a schedule. */
@Entity
@Audited
public class RoadmapAction extends PositionedEntity {

    @ManyToOne(optional = false)
    private RoadmapGoal goal;
    @Embedded
    private LocalizedText title = new LocalizedText();
    @Embedded
    private LocalizedText description = new LocalizedText();
    @ManyToOne(fetch = FetchType.LAZY)
    private Actor owner;
    @Column(name = "starts_on")
    private LocalDate start;
    private LocalDate due;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProgressStatus status = ProgressStatus.PLANNED;

    public RoadmapGoal getGoal() {
        return goal;
    }

    public void setGoal(RoadmapGoal goal) {
        this.goal = goal;
    }

    public LocalizedText getTitle() {
        return title == null ? (title = new LocalizedText()) : title;
    }

    public void setTitle(LocalizedText title) {
        this.title = title;
    }

    public LocalizedText getDescription() {
        return description == null ? (description = new LocalizedText()) : description;
    }

    public void setDescription(LocalizedText description) {
        this.description = description;
    }

    public Actor getOwner() {
        return owner;
    }

    public void setOwner(Actor owner) {
        this.owner = owner;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getDue() {
        return due;
    }

    public void setDue(LocalDate due) {
        this.due = due;
    }

    public ProgressStatus getStatus() {
        return status;
    }

    public void setStatus(ProgressStatus status) {
        this.status = status;
    }
}
