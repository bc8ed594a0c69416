package fi.ekokartta.actor;

import java.util.UUID;

/**
 * How many services an actor provides on the public map; the offering feature answers it, so
 * that actors need not know services. Archiving an actor is refused while it has any.
 */
public interface PublishedServices {

    long countProvidedBy(UUID actorId);
}
