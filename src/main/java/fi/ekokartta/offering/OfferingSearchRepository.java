package fi.ekokartta.offering;

import fi.ekokartta.search.SearchPlan;
import fi.ekokartta.search.ServiceMatches;

import java.util.UUID;

/** Full-text search of services in the Lucene index (a Spring Data repository fragment). */
public interface OfferingSearchRepository {

    ServiceMatches searchIndex(SearchPlan plan);

    /**
     * Indexes again, when the transaction commits, the services the actor provides: their
     * documents carry the provider's name and sector, which the index does not follow by itself.
     */
    void reindexProvidedBy(UUID actorId);
}
