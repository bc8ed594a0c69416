package fi.ekokartta.stewardship;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.UpdateResponsibility;
import fi.ekokartta.offering.Offering;

import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.offering.OfferingStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The state of the map's upkeep for the management dashboard: services by status, actors, and
 * entries whose review is overdue, in the charts' scope. An entry belongs to the organization named responsible for
 * it, or, when none is named, to its providing actor (for an actor: itself), the same rule the
 * seed uses. Counts span services and actors, hence queries over both rather than two
 * repositories.
 */
@Service
@Transactional(readOnly = true)
public class StewardshipOverviewService {

    private static final String SERVICE_OWNER = "coalesce(o.responsibility.responsibleActor.id, o.provider.id)";
    private static final String ACTOR_OWNER = "coalesce(a.responsibility.responsibleActor.id, a.id)";

    private final EntityManager entityManager;
    private final ManagementScope managementScope;
    private final ReviewIntervals intervals;

    StewardshipOverviewService(EntityManager entityManager, ManagementScope managementScope, ReviewIntervals intervals) {
        this.entityManager = entityManager;
        this.managementScope = managementScope;
        this.intervals = intervals;
    }

    public StewardshipOverview overview() {
        Optional<Set<UUID>> scope = scope();
        if (scope.isPresent() && scope.get().isEmpty()) {
            return new StewardshipOverview(0, 0, 0, 0, List.of(), true);
        }
        Map<OfferingStatus, Long> byStatus = servicesByStatus(scope);
        List<OverdueReview> overdue = new ArrayList<>(overdueServices(scope));
        overdue.addAll(overdueActors(scope));
        overdue.sort(Comparator.comparing(OverdueReview::due));
        // A draft submitted for review is still unpublished work: the dashboard counts it with the drafts.
        long drafts = byStatus.get(OfferingStatus.DRAFT) + byStatus.get(OfferingStatus.IN_REVIEW);
        return new StewardshipOverview(drafts, byStatus.get(OfferingStatus.PUBLISHED),
                byStatus.get(OfferingStatus.ARCHIVED), actorCount(scope), List.copyOf(overdue), scope.isPresent());
    }

    /**
     * The services and actors overdue for review whose owner (the responsible organization, else
     * the provider or the actor itself) is one of the given actors, the most overdue first; for
     * forum meetings, whatever the signed-in user's own scope.
     */
    public List<OverdueReview> overdueOwnedBy(Set<UUID> organizations) {
        if (organizations.isEmpty()) {
            return List.of();
        }
        Optional<Set<UUID>> scope = Optional.of(organizations);
        List<OverdueReview> overdue = new ArrayList<>(overdueServices(scope));
        overdue.addAll(overdueActors(scope));
        overdue.sort(Comparator.comparing(OverdueReview::due));
        return List.copyOf(overdue);
    }

    /**
     * The organizations whose entries the user sees counted, the same as the charts' and the lists'
     * ({@link ManagementScope}: a maintainer's organizations and the units under them); empty
     * optional for the whole map.
     */
    private Optional<Set<UUID>> scope() {
        return Optional.ofNullable(managementScope.organizations(false));
    }

    private Map<OfferingStatus, Long> servicesByStatus(Optional<Set<UUID>> scope) {
        List<Object[]> rows = query("select o.status, count(o) from Offering o"
                + where(scope, SERVICE_OWNER) + " group by o.status", Object[].class, scope).getResultList();
        Map<OfferingStatus, Long> counts = new EnumMap<>(OfferingStatus.class);
        for (OfferingStatus status : OfferingStatus.values()) {
            counts.put(status, 0L);
        }
        rows.forEach(row -> counts.put((OfferingStatus) row[0], (Long) row[1]));
        return counts;
    }

    private long actorCount(Optional<Set<UUID>> scope) {
        return query("select count(a) from Actor a" + where(scope, ACTOR_OWNER), Long.class, scope).getSingleResult();
    }

    /** Archived services are left out: nobody reviews what is no longer offered. */
    private List<OverdueReview> overdueServices(Optional<Set<UUID>> scope) {
        String jpql = "select o.id, o.name, o.responsibility.lastReviewed, o.responsibility.reviewIntervalMonths,"
                + " o.assuredDate, o.lastModified, " + SERVICE_OWNER + " from Offering o" + where(scope, SERVICE_OWNER)
                + (scope.isPresent() ? " and " : " where ") + "o.status <> fi.ekokartta.offering.OfferingStatus.ARCHIVED";
        return overdue(query(jpql, Object[].class, scope).getResultList(), EntryKind.SERVICE, intervals.read());
    }

    private List<OverdueReview> overdueActors(Optional<Set<UUID>> scope) {
        String jpql = "select a.id, a.name, a.responsibility.lastReviewed, a.responsibility.reviewIntervalMonths,"
                + " cast(null as LocalDate), a.lastModified, " + ACTOR_OWNER + " from Actor a" + where(scope, ACTOR_OWNER);
        return overdue(query(jpql, Object[].class, scope).getResultList(), EntryKind.ACTOR, intervals.read());
    }

    /**
     * Rows of id, name, last reviewed, interval, assured date, last modified, owner. An entry never
     * reviewed counts from its assurance date, else from its last change; without an interval of
     * its own it takes its owner's default ({@link ReviewIntervals}).
     */
    private static List<OverdueReview> overdue(List<Object[]> rows, EntryKind kind, ReviewIntervals.Resolver defaults) {
        LocalDate today = FinnishDates.today();
        List<OverdueReview> overdue = new ArrayList<>();
        for (Object[] row : rows) {
            UpdateResponsibility responsibility = new UpdateResponsibility();
            responsibility.setLastReviewed((LocalDate) row[2]);
            responsibility.setReviewIntervalMonths((Integer) row[3]);
            LocalDate start = row[4] != null ? (LocalDate) row[4] : toFinnishDate((Instant) row[5]);
            LocalDate due = responsibility.nextReviewDue(start, defaults.inherited((UUID) row[6]));
            if (due != null && due.isBefore(today)) {
                overdue.add(new OverdueReview((UUID) row[0], kind, (LocalizedText) row[1], due));
            }
        }
        return overdue;
    }

    private static LocalDate toFinnishDate(Instant instant) {
        return instant == null ? null : instant.atZone(FinnishDates.FINNISH_TIME).toLocalDate();
    }

    private static String where(Optional<Set<UUID>> scope, String owner) {
        return scope.isPresent() ? " where " + owner + " in :organizations" : "";
    }

    private <T> TypedQuery<T> query(String jpql, Class<T> type, Optional<Set<UUID>> scope) {
        TypedQuery<T> query = entityManager.createQuery(jpql, type);
        scope.ifPresent(organizations -> query.setParameter("organizations", organizations));
        return query;
    }
}
