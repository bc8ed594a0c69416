package fi.ekokartta.offering;

import fi.ekokartta.search.SearchPlan;
import fi.ekokartta.search.ServiceIndexFields;
import fi.ekokartta.search.ServiceMatch;
import fi.ekokartta.search.ServiceMatches;
import fi.ekokartta.search.ServicePredicates;
import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Runs a search plan in two passes. The page of best matches is found by score with only a lower
 * bound of the total, so Lucene may skip services that cannot reach the page; when more match
 * than that bound, or facets are wanted, a second pass counts them without scoring any, all
 * facets at once from one field of "facet:value" entries.
 */
class OfferingSearchRepositoryImpl implements OfferingSearchRepository {

    /** Distinct "facet:value" entries counted; the whole map has a few hundred (most are municipalities). */
    private static final int MAX_FACET_VALUES = 5000;
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
            SearchResult<ServiceMatch> best = bestMatches(session, plan)
                    .totalHitCountThreshold(Math.max(EXACT_TOTAL_UP_TO, plan.offset() + plan.limit()))
                    .fetch(plan.offset(), plan.limit());
            page = best.hits();
            if (best.total().isHitCountExact() && plan.countedFacets().isEmpty()) {
                return new ServiceMatches(page, best.total().hitCount(), Map.of());
            }
        }
        var counting = session.search(Offering.class).select(f -> f.id(UUID.class))
                .where(f -> ServicePredicates.build(f, plan)).sort(f -> f.indexOrder());
        if (plan.countedFacets().isEmpty()) {
            return new ServiceMatches(page, counting.fetchTotalHitCount(), Map.of());
        }
        AggregationKey<Map<String, Long>> key = AggregationKey.of(ServiceIndexFields.FACET_VALUES);
        SearchResult<UUID> result = counting.aggregation(key, f -> f.terms().field(ServiceIndexFields.FACET_VALUES, String.class)
                .maxTermCount(MAX_FACET_VALUES)).fetch(0);
        return new ServiceMatches(page, result.total().hitCount(), facets(plan, result.aggregation(key)));
    }

    private SearchQueryOptionsStep<?, ?, ServiceMatch, ?, ?, ?> bestMatches(SearchSession session, SearchPlan plan) {
        String language = plan.query().language();
        return session.search(Offering.class)
                .select(f -> f.composite().from(f.id(UUID.class), f.score(), plan.withCards()
                                ? f.field(ServiceIndexFields.CARD + language, String.class) : f.constant((String) null))
                        .as(ServiceMatch::new))
                .where(f -> ServicePredicates.build(f, plan))
                .sort(f -> plan.hasWords() ? f.score() : f.field(ServiceIndexFields.NAME_SORT + language));
    }

    /** Splits the "facet:value" counts into one map per facet asked for. */
    private static Map<String, Map<String, Long>> facets(SearchPlan plan, Map<String, Long> counts) {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        plan.countedFacets().forEach(facet -> facets.put(facet, new LinkedHashMap<>()));
        counts.forEach((entry, count) -> {
            int colon = entry.indexOf(':');
            Map<String, Long> values = facets.get(entry.substring(0, colon));
            if (values != null) {
                values.put(entry.substring(colon + 1), count);
            }
        });
        return facets;
    }
}
