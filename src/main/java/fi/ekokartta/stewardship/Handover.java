package fi.ekokartta.stewardship;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.BaseEntity;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.security.AppUser;
import fi.ekokartta.security.UserLeft;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import java.time.Instant;

/**
 * One entry that changed hands because its keeper left: from whom, to whom (none: the
 * coordinators', to assign), why and when; open in the coordinators' queue until one of them
 * acknowledges it.
 */
@Entity
public class Handover extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    private Offering service;
    @ManyToOne(fetch = FetchType.LAZY)
    private Actor actor;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private AppUser fromUser;
    @ManyToOne(fetch = FetchType.LAZY)
    private AppUser toUser;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UserLeft.Why reason;
    @Column(nullable = false)
    private Instant happenedAt;
    private Instant acknowledgedAt;
    private String acknowledgedBy;

    protected Handover() {
    }

    Handover(EntryKeeper keeper, AppUser toUser, UserLeft.Why reason, Instant happenedAt) {
        this.service = keeper.getService();
        this.actor = keeper.getActor();
        this.fromUser = keeper.getUser();
        this.toUser = toUser;
        this.reason = reason;
        this.happenedAt = happenedAt;
    }

    public Offering getService() {
        return service;
    }

    public Actor getActor() {
        return actor;
    }

    public AppUser getFromUser() {
        return fromUser;
    }

    public AppUser getToUser() {
        return toUser;
    }

    void setToUser(AppUser toUser) {
        this.toUser = toUser;
    }

    public UserLeft.Why getReason() {
        return reason;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    void acknowledge(String by, Instant at) {
        this.acknowledgedBy = by;
        this.acknowledgedAt = at;
    }
}
