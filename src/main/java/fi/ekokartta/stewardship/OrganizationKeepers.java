package fi.ekokartta.stewardship;

import fi.ekokartta.security.AppUser;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import java.util.UUID;

/**
 * An organization's stand-ins (varahenkilöt): the deputy who takes over the entries of a user who
 * leaves, and the fallback coordinator who takes them when there is no deputy.
 */
@Entity
public class OrganizationKeepers {

    @Id
    private UUID actorId;
    @Version
    private Long version;
    @ManyToOne(fetch = FetchType.LAZY)
    private AppUser deputy;
    @ManyToOne(fetch = FetchType.LAZY)
    private AppUser fallback;

    protected OrganizationKeepers() {
    }

    public OrganizationKeepers(UUID actorId) {
        this.actorId = actorId;
    }

    public UUID getActorId() {
        return actorId;
    }

    public AppUser getDeputy() {
        return deputy;
    }

    public void setDeputy(AppUser deputy) {
        this.deputy = deputy;
    }

    public AppUser getFallback() {
        return fallback;
    }

    public void setFallback(AppUser fallback) {
        this.fallback = fallback;
    }
}
