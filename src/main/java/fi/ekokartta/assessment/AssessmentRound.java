package fi.ekokartta.assessment;

import fi.ekokartta.base.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import java.time.Instant;
import java.time.LocalDate;

/** The year's self-assessment round: one per year; its links work until it closes. */
@Entity
public class AssessmentRound extends BaseEntity {

    @Column(name = "round_year", nullable = false)
    private int year;
    @Column(nullable = false)
    private Instant openedAt;
    @Column(nullable = false)
    private LocalDate closesOn;
    /** Who opened it: a username, or "ajastettu" for the yearly automatic opening. */
    private String openedBy;

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public void setOpenedAt(Instant openedAt) {
        this.openedAt = openedAt;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public void setOpenedBy(String openedBy) {
        this.openedBy = openedBy;
    }

    /** Whether answers are still taken on the day. */
    public boolean isOpenOn(LocalDate day) {
        return !day.isAfter(closesOn);
    }
}
