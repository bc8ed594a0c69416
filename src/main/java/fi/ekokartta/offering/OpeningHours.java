package fi.ekokartta.offering;

import fi.ekokartta.base.domain.PositionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Aukioloaika: the hours on given weekdays (RFC 5545 day codes, e.g. "MO,TU,WE"), as in an HSDS
 * weekly schedule; or, with an exception date, the hours of that one date (a holiday's shorter
 * day), closed all day when it has no times.
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
    private LocalDate exceptionDate;

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

    public LocalDate getExceptionDate() {
        return exceptionDate;
    }

    public void setExceptionDate(LocalDate exceptionDate) {
        this.exceptionDate = exceptionDate;
    }

    /** Whether these are the hours of one date rather than of every week. */
    public boolean isException() {
        return exceptionDate != null;
    }
}
