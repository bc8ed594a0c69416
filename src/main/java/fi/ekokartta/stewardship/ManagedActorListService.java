package fi.ekokartta.stewardship;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.UpdateResponsibility;

import fi.ekokartta.actor.ActorSector;
import fi.ekokartta.actor.ActorStatus;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.i18n.FinnishDates;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The management list of actors, the twin of {@link ManagedServiceListService}: archived actors
 * included, the same rule of who sees what ({@link ManagementScope}), an actor belonging to the
 * organization named responsible for it, else to itself, as on the dashboard. The next review is
 * due an interval after the last review, else after the last change; the list is filtered by it
 * and sorted in memory after one query.
 */
@Service
@Transactional(readOnly = true)
public class ManagedActorListService {

    private final EntityManager entityManager;
    private final ManagementScope scope;
    private final ReviewIntervals intervals;

    ManagedActorListService(EntityManager entityManager, ManagementScope scope, ReviewIntervals intervals) {
        this.entityManager = entityManager;
        this.scope = scope;
        this.intervals = intervals;
    }

    public Page<ManagedActor> page(ManagedActorFilter filter, ManagedActorSort sort, boolean descending, int page, int size,
                                   Locale locale) {
        return ListSlice.page(all(filter, sort, descending, locale), page, size);
    }

    /** Every actor the filter lets through, in order: what the list and its export hold. */
    public List<ManagedActor> all(ManagedActorFilter filter, ManagedActorSort sort, boolean descending, Locale locale) {
        Set<UUID> organizations = scope.organizations(filter.mine());
        LocalDate today = FinnishDates.today();
        Map<UUID, Long> reports = OpenReportCounts.byEntry(entityManager, EntryKind.ACTOR);
        ReviewIntervals.Resolver defaults = intervals.read();
        List<ManagedActor> rows = new ArrayList<>();
        for (Object[] row : query(filter, organizations).getResultList()) {
            ManagedActor actor = actor(row, reports, defaults);
            if (actor.passesReview(filter.overdue(), filter.dueSoon(), today)
                    && (!filter.reported() || actor.openReports() > 0)) {
                rows.add(actor);
            }
        }
        rows.sort(sort.comparator(descending, locale));
        return rows;
    }

    /** The organizations the list can be narrowed to: those with units among the listed actors. */
    public List<OrganizationChoice> organizations() {
        Set<UUID> organizations = scope.organizations(false);
        TypedQuery<OrganizationChoice> query = entityManager.createQuery("select new fi.ekokartta.stewardship.OrganizationChoice("
                + "a.id, a.name) from Actor a where exists (select u from Actor u left join u.responsibility.responsibleActor ra"
                + " where u.parent = a" + (organizations == null ? "" : " and coalesce(ra.id, u.id) in :scope") + ")",
                OrganizationChoice.class);
        if (organizations != null) {
            query.setParameter("scope", organizations);
        }
        return query.getResultList();
    }

    private TypedQuery<Object[]> query(ManagedActorFilter filter, Set<UUID> organizations) {
        StringBuilder jpql = new StringBuilder("select a.id, a.name, p.id, p.name, a.sector, a.status,"
                + " a.responsibility.lastReviewed, a.responsibility.reviewIntervalMonths, a.lastModified,"
                + " a.responsibility.responsiblePerson, ra.id from Actor a left join a.parent p"
                + " left join a.responsibility.responsibleActor ra where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (organizations != null) {
            jpql.append(" and coalesce(ra.id, a.id) in :scope");
            parameters.put("scope", organizations);
        }
        if (filter.organization() != null) {
            jpql.append(" and (a.id = :organization or p.id = :organization)");
            parameters.put("organization", filter.organization());
        }
        if (filter.sector() != null) {
            jpql.append(" and a.sector = :sector");
            parameters.put("sector", filter.sector());
        }
        if (filter.status() != null) {
            jpql.append(" and a.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            jpql.append(" and (lower(a.name.fi) like :text or lower(a.alternateName) like :text)");
            parameters.put("text", ListSlice.containing(filter.text()));
        }
        if (filter.municipality() != null) {
            jpql.append(" and exists (select m from a.municipalities m where m.code = :municipality)");
            parameters.put("municipality", filter.municipality());
        }
        TypedQuery<Object[]> query = entityManager.createQuery(jpql.toString(), Object[].class);
        parameters.forEach(query::setParameter);
        return query;
    }

    /** A row of the query; its interval is its own, else the default of its organization (the responsible one, else itself). */
    private static ManagedActor actor(Object[] row, Map<UUID, Long> reports, ReviewIntervals.Resolver defaults) {
        UUID id = (UUID) row[0];
        UpdateResponsibility responsibility = new UpdateResponsibility();
        responsibility.setLastReviewed((LocalDate) row[6]);
        responsibility.setReviewIntervalMonths((Integer) row[7]);
        return new ManagedActor(id, (LocalizedText) row[1], (UUID) row[2], (LocalizedText) row[3], (ActorSector) row[4],
                (ActorStatus) row[5], (LocalDate) row[6], responsibility.nextReviewDue(FinnishDates.dayOf((Instant) row[8]),
                        defaults.inherited(row[10] != null ? (UUID) row[10] : id)),
                (String) row[9], reports.getOrDefault(id, 0L));
    }
}
