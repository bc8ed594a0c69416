package fi.ekokartta.roadmap;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.BaseEntity;
import fi.ekokartta.base.domain.LocalizedText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import org.hibernate.envers.Audited;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Tiekartan tavoite: a development goal of the ecosystem over a period, with its actions. */
@Entity
@Audited
public class RoadmapGoal extends BaseEntity {

    @Embedded
    private LocalizedText title = new LocalizedText();
    @Embedded
    private LocalizedText description = new LocalizedText();
    @ManyToOne(fetch = FetchType.LAZY)
    private Actor owner;
    @Column(name = "starts_on")
    private LocalDate start;
    @Column(name = "ends_on")
    private LocalDate end;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProgressStatus status = ProgressStatus.PLANNED;
    @OneToMany(mappedBy = "goal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<RoadmapAction> actions = new ArrayList<>();

    public void addAction(RoadmapAction action) {
        action.setGoal(this);
        action.setPosition(actions.size());
        actions.add(action);
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

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }

    public ProgressStatus getStatus() {
        return status;
    }

    public void setStatus(ProgressStatus status) {
        this.status = status;
    }

    public List<RoadmapAction> getActions() {
        return actions;
    }
}
