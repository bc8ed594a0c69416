package fi.ekokartta.offering;

import fi.ekokartta.search.SearchPlan;
import fi.ekokartta.search.ServiceMatches;

/** Full-text search of services in the Lucene index (a Spring Data repository fragment). */
public interface OfferingSearchRepository {

    ServiceMatches searchIndex(SearchPlan plan);
}
