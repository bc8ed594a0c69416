package fi.ekokartta.offering;

import fi.ekokartta.search.SearchPlan;
import fi.ekokartta.search.ServiceIndexFields;
import fi.ekokartta.search.ServiceMatch;
import fi.ekokartta.search.ServiceMatches;
import fi.ekokartta.search.ServicePredicates;
import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

class OfferingSearchRepositoryImpl implements OfferingSearchRepository {

    private static final int MAX_FACET_VALUES = 500;

    private final EntityManager entityManager;

    OfferingSearchRepositoryImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public ServiceMatches searchIndex(SearchPlan plan) {
        String language = plan.query().language();
        Map<String, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
        plan.countedFacets().forEach(facet -> keys.put(facet, AggregationKey.of(facet)));
        var query = Search.session(entityManager).search(Offering.class)
                .select(f -> f.composite().from(f.id(UUID.class), f.score(), plan.withCards()
                                ? f.field(ServiceIndexFields.CARD + language, String.class) : f.constant((String) null))
                        .as(ServiceMatch::new))
                .where(f -> ServicePredicates.build(f, plan));
        for (Map.Entry<String, AggregationKey<Map<String, Long>>> key : keys.entrySet()) {
            query = query.aggregation(key.getValue(), f -> f.terms().field(key.getKey(), String.class)
                    .maxTermCount(MAX_FACET_VALUES));
        }
        SearchResult<ServiceMatch> result = query.sort(f -> f.score()).fetch(plan.offset(), plan.limit());
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        keys.forEach((facet, key) -> facets.put(facet, result.aggregation(key)));
        return new ServiceMatches(result.hits(), result.total().hitCount(), facets);
    }

}
