package fi.ekokartta.actor;

import java.util.UUID;

/**
 * An actor's details were saved. Published inside the saving transaction, so that features
 * showing the actor with their own entries (a service's index document carries its provider's
 * name) can update them before it commits, without the actor feature knowing them.
 */
public record ActorChanged(UUID actorId) {
}
