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
import org.hibernate.search.mapper.orm.session.SearchSession;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Runs a search plan in two passes. The page of best matches is found by score with only a lower
 * bound of the total, so Lucene may skip services that cannot reach the page; when more match
 * than that bound, a second pass counts them and their facets without scoring any.
 */
class OfferingSearchRepositoryImpl implements OfferingSearchRepository {

    private static final int MAX_FACET_VALUES = 500;
    private static final int EXACT_TOTAL_UP_TO = 1000;

    private final EntityManager entityManager;

    OfferingSearchRepositoryImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public ServiceMatches searchIndex(SearchPlan plan) {
        SearchSession session = Search.session(entityManager);
        List<ServiceMatch> page = List.of();
        if (plan.limit() > 0) {
            SearchResult<ServiceMatch> best = bestMatches(session, plan);
            page = best.hits();
            if (best.total().isHitCountExact() && plan.countedFacets().isEmpty()) {
                return new ServiceMatches(page, best.total().hitCount(), Map.of());
            }
        }
        return counted(session, plan, page);
    }

    private SearchResult<ServiceMatch> bestMatches(SearchSession session, SearchPlan plan) {
        String language = plan.query().language();
        return session.search(Offering.class)
                .select(f -> f.composite().from(f.id(UUID.class), f.score(), plan.withCards()
                                ? f.field(ServiceIndexFields.CARD + language, String.class) : f.constant((String) null))
                        .as(ServiceMatch::new))
                .where(f -> ServicePredicates.build(f, plan))
                .sort(f -> f.score())
                .totalHitCountThreshold(Math.max(EXACT_TOTAL_UP_TO, plan.offset() + plan.limit()))
                .fetch(plan.offset(), plan.limit());
    }

    private ServiceMatches counted(SearchSession session, SearchPlan plan, List<ServiceMatch> page) {
        Map<String, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
        plan.countedFacets().forEach(facet -> keys.put(facet, AggregationKey.of(facet)));
        var query = session.search(Offering.class).select(f -> f.id(UUID.class))
                .where(f -> ServicePredicates.build(f, plan));
        for (Map.Entry<String, AggregationKey<Map<String, Long>>> key : keys.entrySet()) {
            query = query.aggregation(key.getValue(), f -> f.terms().field(key.getKey(), String.class)
                    .maxTermCount(MAX_FACET_VALUES));
        }
        SearchResult<UUID> result = query.sort(f -> f.indexOrder()).fetch(0);
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        keys.forEach((facet, key) -> facets.put(facet, result.aggregation(key)));
        return new ServiceMatches(page, result.total().hitCount(), facets);
    }
}
