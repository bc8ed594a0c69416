package fi.ekokartta.offering;

import fi.ekokartta.base.domain.PositionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;

import java.time.LocalTime;

/**
 * Aukioloaika: the hours on given weekdays (RFC 5545 day codes, e.g. "MO,TU,WE"), as in an HSDS
 * weekly schedule.
 */
@Entity
@Audited
public class OpeningHours extends PositionedEntity {

    @ManyToOne(optional = false)
    private ServiceChannel channel;
    private String weekdays;
    private LocalTime opens;
    private LocalTime closes;
    private String note;

    public ServiceChannel getChannel() {
        return channel;
    }

    public void setChannel(ServiceChannel channel) {
        this.channel = channel;
    }

    public String getWeekdays() {
        return weekdays;
    }

    public void setWeekdays(String weekdays) {
        this.weekdays = weekdays;
    }

    public LocalTime getOpens() {
        return opens;
    }

    public void setOpens(LocalTime opens) {
        this.opens = opens;
    }

    public LocalTime getCloses() {
        return closes;
    }

    public void setCloses(LocalTime closes) {
        this.closes = closes;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
