package fi.ekokartta.editing;

import fi.ekokartta.offering.OfferingRepository;

import fi.ekokartta.actor.ActorChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A provider's saved details reach the search documents of its services in the same commit. */
@Component
class ProviderChanges {

    private final OfferingRepository offerings;

    ProviderChanges(OfferingRepository offerings) {
        this.offerings = offerings;
    }

    @EventListener
    void reindexServicesOf(ActorChanged changed) {
        offerings.reindexProvidedBy(changed.actorId());
    }
}
