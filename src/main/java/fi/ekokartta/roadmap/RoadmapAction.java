package fi.ekokartta.roadmap;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.PositionedEntity;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.forum.Meeting;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

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
    /** The meeting whose decision created this action, and that decision's text as it stood when linked. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_in_meeting_id")
    private Meeting decidedIn;
    @Column(length = 4000)
    private String decision;
    /** The meetings where the action was followed up. */
    @ManyToMany
    @JoinTable(name = "roadmap_action_follow_up", joinColumns = @JoinColumn(name = "action_id"),
            inverseJoinColumns = @JoinColumn(name = "meeting_id"))
    private Set<Meeting> followedUpIn = new LinkedHashSet<>();

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

    public Meeting getDecidedIn() {
        return decidedIn;
    }

    public String getDecision() {
        return decision;
    }

    /** Links the action to a decision of a meeting; null for none. */
    public void setDecision(Meeting meeting, String decision) {
        this.decidedIn = meeting;
        this.decision = meeting == null ? null : decision;
    }

    public Set<Meeting> getFollowedUpIn() {
        return followedUpIn;
    }
}
