package fi.ekokartta.calendar;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.BaseEntity;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.forum.Forum;
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

import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Vuosikellon tapahtuma: an event of the annual cooperation calendar, possibly recurring by an
 * RFC 5545 rule (FREQ=MONTHLY;BYDAY=2TU).
 */
@Entity
@Audited
public class CalendarEvent extends BaseEntity {

    @Embedded
    private LocalizedText title = new LocalizedText();
    @Embedded
    private LocalizedText description = new LocalizedText();
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventCategory category;
    @Column(name = "starts_at", nullable = false)
    private LocalDateTime start;
    @Column(name = "ends_at")
    private LocalDateTime end;
    private String recurrence;
    private String location;
    @Column(length = 2000)
    private String onlineUrl;
    @ManyToOne(fetch = FetchType.LAZY)
    private Actor organizer;
    @ManyToOne(fetch = FetchType.LAZY)
    private Forum forum;
    /** The actors taking part besides the organizer (issue 14). */
    @ManyToMany
    @JoinTable(name = "calendar_event_participant", joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "actor_id"))
    private Set<Actor> participants = new LinkedHashSet<>();
    private boolean publicEvent;

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

    public EventCategory getCategory() {
        return category;
    }

    public void setCategory(EventCategory category) {
        this.category = category;
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

    public String getRecurrence() {
        return recurrence;
    }

    public void setRecurrence(String recurrence) {
        this.recurrence = recurrence;
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

    public Actor getOrganizer() {
        return organizer;
    }

    public void setOrganizer(Actor organizer) {
        this.organizer = organizer;
    }

    public Forum getForum() {
        return forum;
    }

    public void setForum(Forum forum) {
        this.forum = forum;
    }

    public Set<Actor> getParticipants() {
        return participants;
    }

    public boolean isPublicEvent() {
        return publicEvent;
    }

    public void setPublicEvent(boolean publicEvent) {
        this.publicEvent = publicEvent;
    }
}
