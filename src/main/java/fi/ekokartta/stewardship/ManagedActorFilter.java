package fi.ekokartta.stewardship;

import fi.ekokartta.actor.ActorSector;
import fi.ekokartta.actor.ActorStatus;

import java.util.UUID;

/**
 * What the management list of actors is narrowed to; null or false leaves a choice open.
 *
 * @param text         words in the Finnish or alternate name
 * @param mine         only the signed-in user's organizations
 * @param organization an organization: it and its units (one level down)
 * @param municipality a municipality code the actor serves
 * @param overdue      only actors whose review is overdue
 * @param reported     only actors with an open report of outdated information
 * @param dueSoon      only actors due within 30 days (with {@code overdue}: either)
 */
public record ManagedActorFilter(String text, boolean mine, UUID organization, String municipality, ActorSector sector,
                                 ActorStatus status, boolean overdue, boolean reported, boolean dueSoon) {

    public ManagedActorFilter(String text, boolean mine, UUID organization, String municipality, ActorSector sector,
                              ActorStatus status, boolean overdue, boolean reported) {
        this(text, mine, organization, municipality, sector, status, overdue, reported, false);
    }

    public static ManagedActorFilter none() {
        return new ManagedActorFilter(null, false, null, null, null, null, false, false, false);
    }
}
