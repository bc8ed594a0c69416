package fi.ekokartta.offering;

import fi.ekokartta.base.domain.PositionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Aukioloaika: the hours on given weekdays (RFC 5545 day codes, e.g. "MO,TU,WE"), as in an HSDS
 * schedule, with its {@link ScheduleRule} (validity period, a recurrence beyond every week, link,
 * notes); or, with an exception date, the hours of that one date (a holiday's shorter day), closed
 * all day when it has no times.
 * <p>
 * Times are Finnish local time (Europe/Helsinki) whatever the season. HSDS's {@code timezone} is
 * one UTC offset, which cannot say that (Finland is +2 in winter, +3 in summer), so it is not
 * stored: an import accepts +2 and +3 as saying the same and warns of any other offset.
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
    private LocalDate validFrom;
    private LocalDate validTo;
    @Enumerated(EnumType.STRING)
    private ScheduleFrequency frequency;
    private Integer repeatInterval;
    private Integer repeatCount;
    private LocalDate firstDate;
    private LocalDate lastDate;
    private String weekStart;
    private String monthDays;
    private String weekNumbers;
    private String yearDays;
    private String scheduleLink;
    private String attendingType;
    private String notes;

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

    public ScheduleRule getRule() {
        return new ScheduleRule(validFrom, validTo, frequency, repeatInterval, repeatCount, firstDate, lastDate, weekStart,
                monthDays, weekNumbers, yearDays, scheduleLink, attendingType, notes);
    }

    public void setRule(ScheduleRule rule) {
        validFrom = rule.validFrom();
        validTo = rule.validTo();
        frequency = rule.frequency();
        repeatInterval = rule.repeatInterval();
        repeatCount = rule.repeatCount();
        firstDate = rule.firstDate();
        lastDate = rule.lastDate();
        weekStart = rule.weekStart();
        monthDays = rule.monthDays();
        weekNumbers = rule.weekNumbers();
        yearDays = rule.yearDays();
        scheduleLink = rule.scheduleLink();
        attendingType = rule.attendingType();
        notes = rule.notes();
    }
}
