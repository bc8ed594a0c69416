package fi.ekokartta.forum;

import fi.ekokartta.base.domain.BaseEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Kokous: a meeting of a forum with its agenda, participating actors and their attendance,
 * minutes (muistio), decisions and action items.
 */
@Entity
@Audited
public class Meeting extends BaseEntity {

    @ManyToOne(optional = false)
    private Forum forum;
    @Column(nullable = false)
    private String title;
    @Column(name = "starts_at", nullable = false)
    private LocalDateTime start;
    @Column(name = "ends_at")
    private LocalDateTime end;
    private String location;
    @Column(length = 2000)
    private String onlineUrl;
    @ElementCollection
    @CollectionTable(name = "meeting_agenda_item")
    @OrderColumn(name = "position")
    @NotAudited
    private List<AgendaItem> agenda = new ArrayList<>();
    @Column(length = 20000)
    private String minutes;
    /** Whether the public sees the minutes and decisions; staff always do. */
    @Column(nullable = false)
    private boolean minutesPublished;
    @ElementCollection
    @CollectionTable(name = "meeting_decision")
    @OrderColumn(name = "position")
    @Column(name = "decision", length = 4000, nullable = false)
    private List<String> decisions = new ArrayList<>();
    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<MeetingParticipant> participants = new ArrayList<>();
    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ActionItem> actionItems = new ArrayList<>();

    public void addParticipant(MeetingParticipant participant) {
        participant.setMeeting(this);
        participant.setPosition(participants.size());
        participants.add(participant);
    }

    public void addActionItem(ActionItem item) {
        item.setMeeting(this);
        item.setPosition(actionItems.size());
        actionItems.add(item);
    }

    public Forum getForum() {
        return forum;
    }

    public void setForum(Forum forum) {
        this.forum = forum;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public void setStart(LocalDateTime start) {
        this.start = start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    public void setEnd(LocalDateTime end) {
        this.end = end;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public void setOnlineUrl(String onlineUrl) {
        this.onlineUrl = onlineUrl;
    }

    public boolean isMinutesPublished() {
        return minutesPublished;
    }

    public void setMinutesPublished(boolean minutesPublished) {
        this.minutesPublished = minutesPublished;
    }

    public List<AgendaItem> getAgenda() {
        return agenda;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public List<String> getDecisions() {
        return decisions;
    }

    public List<MeetingParticipant> getParticipants() {
        return participants;
    }

    public List<ActionItem> getActionItems() {
        return actionItems;
    }
}
