package fi.ekokartta.search;

import fi.ekokartta.actor.ActorChanged;
import fi.ekokartta.offering.Offering;
import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The index of published services (mapped in {@link SearchMapping}). Runs a search plan in one
 * pass that scores and counts every match and, when asked, counts all facets at once from one
 * field of "facet:value" entries. Measured on 100 000 services, one pass
 * costs about half of two (a page of best matches with a bound on the total, then counting again
 * without scores). A plan's time limit truncates the search: the best matches found when it runs
 * out are returned, with the number of matches counted until then, and the result says that it
 * ran out.
 *
 * <p>A service's document carries its provider's name and sector, which the index does not
 * follow by itself: when an actor is saved ({@link ActorChanged}, published inside the saving
 * transaction), the services it provides are indexed again when that transaction commits.
 */
@Component
public class ServiceIndex {

    /** Distinct "facet:value" entries counted; the whole map has a few hundred (most are municipalities). */
    private static final int MAX_FACET_VALUES = 5000;
    private static final AggregationKey<Map<String, Long>> FACET_COUNTS = AggregationKey.of(ServiceIndexFields.FACET_VALUES);

    private final EntityManager entityManager;

    ServiceIndex(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public ServiceMatches search(SearchPlan plan) {
        var query = matches(Search.session(entityManager), plan);
        if (plan.countedFacets().isEmpty()) {
            SearchResult<ServiceMatch> result = query.fetch(plan.offset(), plan.limit());
            return new ServiceMatches(result.hits(), result.total().hitCountLowerBound(), Map.of(), result.timedOut());
        }
        SearchResult<ServiceMatch> result;
        try {
            result = query.aggregation(FACET_COUNTS, f -> f.terms()
                    .field(ServiceIndexFields.FACET_VALUES, String.class).maxTermCount(MAX_FACET_VALUES))
                    .fetch(plan.offset(), plan.limit());
        } catch (NullPointerException stoppedBeforeCounting) {
            return withoutFacets(plan, stoppedBeforeCounting);
        }
        return new ServiceMatches(result.hits(), result.total().hitCountLowerBound(),
                facets(plan, result.timedOut() ? Map.of() : result.aggregation(FACET_COUNTS)), result.timedOut());
    }

    @EventListener
    void reindexServicesOf(ActorChanged changed) {
        reindexProvidedBy(changed.actorId());
    }

    /** Indexes again, when the transaction commits, the services the actor provides. */
    void reindexProvidedBy(UUID actorId) {
        SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
        entityManager.createQuery("select o from Offering o where o.provider.id = :actorId", Offering.class)
                .setParameter("actorId", actorId).getResultList().forEach(plan::addOrUpdate);
    }

    /**
     * Hibernate Search 8.3's Lucene backend has no term counts for a query that ran out of time:
     * asking for them fails ("unknown aggregation key"), or the query itself fails with a
     * NullPointerException when it stopped before its counting collector saw a segment. Then the
     * matches are searched again without counts (in the time limit again), and the answer says
     * that the time ran out; in both cases the facets are left empty.
     */
    private ServiceMatches withoutFacets(SearchPlan plan, NullPointerException failure) {
        if (plan.timeLimit() == null) {
            throw failure;
        }
        SearchResult<ServiceMatch> result = matches(Search.session(entityManager), plan).fetch(plan.offset(), plan.limit());
        return new ServiceMatches(result.hits(), result.total().hitCountLowerBound(), facets(plan, Map.of()), true);
    }

    private SearchQueryOptionsStep<?, ?, ServiceMatch, ?, ?, ?> matches(SearchSession session, SearchPlan plan) {
        String language = plan.query().language();
        var query = session.search(Offering.class)
                .select(f -> f.composite().from(f.id(UUID.class), f.score(), plan.withCards()
                                ? f.field(ServiceIndexFields.CARD + language, String.class) : f.constant((String) null))
                        .as(ServiceMatch::new))
                .where(f -> ServicePredicates.build(f, plan))
                .sort(f -> plan.hasWords() ? f.score() : f.field(ServiceIndexFields.NAME_SORT + language));
        return plan.timeLimit() == null ? query : query.truncateAfter(plan.timeLimit().toNanos(), TimeUnit.NANOSECONDS);
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
