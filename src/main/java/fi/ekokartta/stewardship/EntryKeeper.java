package fi.ekokartta.stewardship;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.base.domain.BaseEntity;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.security.AppUser;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import java.util.UUID;

/**
 * The user account that keeps one entry (a service or an actor) current: she gets its reminders
 * and, when she leaves, the entry is handed over ({@link Handovers}). At most one per entry.
 */
@Entity
public class EntryKeeper extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    private Offering service;
    @ManyToOne(fetch = FetchType.LAZY)
    private Actor actor;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private AppUser user;

    protected EntryKeeper() {
    }

    public static EntryKeeper of(Offering service, AppUser user) {
        EntryKeeper keeper = new EntryKeeper();
        keeper.service = service;
        keeper.user = user;
        return keeper;
    }

    public static EntryKeeper of(Actor actor, AppUser user) {
        EntryKeeper keeper = new EntryKeeper();
        keeper.actor = actor;
        keeper.user = user;
        return keeper;
    }

    public EntryKind kind() {
        return service != null ? EntryKind.SERVICE : EntryKind.ACTOR;
    }

    public UUID entryId() {
        return service != null ? service.getId() : actor.getId();
    }

    /** The organization responsible for the entry. */
    public Actor responsibleOrganization() {
        return service != null ? responsibleOrganization(service) : responsibleOrganization(actor);
    }

    /** The organization named responsible for the service, else its provider. */
    static Actor responsibleOrganization(Offering service) {
        Actor responsible = service.getResponsibility().getResponsibleActor();
        return responsible != null ? responsible : service.getProvider();
    }

    /** The organization named responsible for the actor, else the actor itself. */
    static Actor responsibleOrganization(Actor actor) {
        Actor responsible = actor.getResponsibility().getResponsibleActor();
        return responsible != null ? responsible : actor;
    }

    public Offering getService() {
        return service;
    }

    public Actor getActor() {
        return actor;
    }

    public AppUser getUser() {
        return user;
    }

    public void setUser(AppUser user) {
        this.user = user;
    }
}
