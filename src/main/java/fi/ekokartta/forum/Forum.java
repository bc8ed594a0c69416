package fi.ekokartta.forum;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.BaseEntity;
import fi.ekokartta.base.domain.LocalizedText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Foorumi: an ecosystem forum, foresight forum, network or steering group that holds meetings. */
@Entity
@Audited
public class Forum extends BaseEntity {

    @Embedded
    private LocalizedText name = new LocalizedText();
    @Embedded
    private LocalizedText description = new LocalizedText();
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ForumType type;
    @ManyToOne(fetch = FetchType.LAZY)
    private Actor coordinator;
    @ManyToMany
    @JoinTable(name = "forum_member")
    private Set<Actor> members = new LinkedHashSet<>();
    /** The items every new meeting's agenda starts from. */
    @ElementCollection
    @CollectionTable(name = "forum_agenda_template")
    @OrderColumn(name = "position")
    @NotAudited
    private List<AgendaItem> agendaTemplate = new ArrayList<>();
    @OneToMany(mappedBy = "forum", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("start")
    private List<Meeting> meetings = new ArrayList<>();

    public void addMeeting(Meeting meeting) {
        meeting.setForum(this);
        meetings.add(meeting);
    }

    public LocalizedText getName() {
        return name == null ? (name = new LocalizedText()) : name;
    }

    public void setName(LocalizedText name) {
        this.name = name;
    }

    public LocalizedText getDescription() {
        return description == null ? (description = new LocalizedText()) : description;
    }

    public void setDescription(LocalizedText description) {
        this.description = description;
    }

    public ForumType getType() {
        return type;
    }

    public void setType(ForumType type) {
        this.type = type;
    }

    public Actor getCoordinator() {
        return coordinator;
    }

    public void setCoordinator(Actor coordinator) {
        this.coordinator = coordinator;
    }

    public Set<Actor> getMembers() {
        return members;
    }

    public List<AgendaItem> getAgendaTemplate() {
        return agendaTemplate;
    }

    public List<Meeting> getMeetings() {
        return meetings;
    }
}
