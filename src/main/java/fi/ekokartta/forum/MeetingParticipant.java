package fi.ekokartta.forum;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.PositionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;

/** Osallistuja: an actor invited to a meeting, who represented it and whether it attended. */
@Entity
@Audited
public class MeetingParticipant extends PositionedEntity {

    @ManyToOne(optional = false)
    private Meeting meeting;
    @ManyToOne(optional = false)
    private Actor actor;
    private String representative;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Attendance attendance = Attendance.INVITED;

    public Meeting getMeeting() {
        return meeting;
    }

    public void setMeeting(Meeting meeting) {
        this.meeting = meeting;
    }

    public Actor getActor() {
        return actor;
    }

    public void setActor(Actor actor) {
        this.actor = actor;
    }

    public String getRepresentative() {
        return representative;
    }

    public void setRepresentative(String representative) {
        this.representative = representative;
    }

    public Attendance getAttendance() {
        return attendance;
    }

    public void setAttendance(Attendance attendance) {
        this.attendance = attendance;
    }
}
