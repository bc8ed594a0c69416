package fi.ekokartta.offering;

import fi.ekokartta.actor.PublishedServices;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** The published services of a provider, for the actors' editing (see {@link PublishedServices}). */
@Component
class PublishedServicesOfProviders implements PublishedServices {

    private final OfferingRepository offerings;

    PublishedServicesOfProviders(OfferingRepository offerings) {
        this.offerings = offerings;
    }

    @Override
    public long countProvidedBy(UUID actorId) {
        return offerings.countByProviderIdAndStatus(actorId, OfferingStatus.PUBLISHED);
    }
}
