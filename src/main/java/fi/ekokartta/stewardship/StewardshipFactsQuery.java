package fi.ekokartta.stewardship;

import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.security.AuditAction;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The one place the dashboard's figures read update responsibilities: every service and actor
 * in the scope with its organization (the one named responsible, else the provider or, for an
 * actor, itself), responsible person, review dates and interval, municipalities and classes. A
 * handful of queries for the whole map (hundreds of entries), then counted in memory.
 */
@Component
class StewardshipFactsQuery {

    private static final String SERVICES = "select o.id, coalesce(ra.id, p.id), o.status, o.responsibility.responsiblePerson,"
            + " o.responsibility.lastReviewed, o.responsibility.reviewIntervalMonths, o.assuredDate, o.lastModified"
            + " from Offering o join o.provider p left join o.responsibility.responsibleActor ra";
    private static final String ACTORS = "select a.id, coalesce(ra.id, a.id), a.status, a.responsibility.responsiblePerson,"
            + " a.responsibility.lastReviewed, a.responsibility.reviewIntervalMonths, cast(null as LocalDate), a.lastModified"
            + " from Actor a left join a.responsibility.responsibleActor ra";

    private final EntityManager entityManager;
    private final ReviewIntervals intervals;

    StewardshipFactsQuery(EntityManager entityManager, ReviewIntervals intervals) {
        this.entityManager = entityManager;
        this.intervals = intervals;
    }

    /** The entries of the organizations in scope; null scope: the whole map. Call inside a transaction. */
    List<EntryFacts> entries(Set<UUID> scope) {
        ReviewIntervals.Resolver defaults = intervals.read();
        Map<UUID, Set<String>> serviceAreas = codes("select o.id, m.code from Offering o join o.municipalities m");
        Map<UUID, Set<String>> actorAreas = codes("select a.id, m.code from Actor a join a.municipalities m");
        Map<UUID, Set<String>> classes = codes("select o.id, c.code from Offering o join o.classes c");
        List<EntryFacts> entries = new ArrayList<>();
        read(SERVICES + (scope == null ? "" : " where coalesce(ra.id, p.id) in :scope"), scope).forEach(row ->
                entries.add(facts(EntryKind.SERVICE, row, defaults, serviceAreas, classes)));
        read(ACTORS + (scope == null ? "" : " where coalesce(ra.id, a.id) in :scope"), scope).forEach(row ->
                entries.add(facts(EntryKind.ACTOR, row, defaults, actorAreas, Map.of())));
        return entries;
    }

    /** The published services only, for the public summary: no person, no draft. */
    List<EntryFacts> publishedServices() {
        ReviewIntervals.Resolver defaults = intervals.read();
        return read(SERVICES + " where o.status = fi.ekokartta.offering.OfferingStatus.PUBLISHED", null).stream()
                .map(row -> facts(EntryKind.SERVICE, row, defaults, Map.of(), Map.of())).toList();
    }

    /** The days each entry was re-assured ("Tiedot ovat ajan tasalla"), from the audit log. */
    Map<UUID, List<LocalDate>> reassurances() {
        Map<UUID, List<LocalDate>> days = new HashMap<>();
        for (Object[] row : entityManager.createQuery("select e.subject, e.occurredAt from AuditEvent e where e.action = :action",
                Object[].class).setParameter("action", AuditAction.ENTRY_REASSURED).getResultList()) {
            String subject = (String) row[0];
            try {
                UUID id = UUID.fromString(subject.substring(subject.lastIndexOf('/') + 1));
                days.computeIfAbsent(id, key -> new ArrayList<>()).add(FinnishDates.dayOf((Instant) row[1]));
            } catch (IllegalArgumentException | NullPointerException notAnEntry) {
                // An event whose subject names no entry counts for nothing.
            }
        }
        return days;
    }

    /** Organizations by id with their names. */
    Map<UUID, LocalizedText> organizationNames(Set<UUID> ids) {
        Map<UUID, LocalizedText> names = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            entityManager.createQuery("select a.id, a.name from Actor a where a.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(row -> names.put((UUID) row[0], (LocalizedText) row[1]));
        }
        return names;
    }

    private static EntryFacts facts(EntryKind kind, Object[] row, ReviewIntervals.Resolver defaults,
                                    Map<UUID, Set<String>> areas, Map<UUID, Set<String>> classes) {
        UUID id = (UUID) row[0];
        UUID organization = (UUID) row[1];
        return new EntryFacts(kind, id, organization, ((Enum<?>) row[2]).name(), (String) row[3], (LocalDate) row[4],
                (LocalDate) row[6], FinnishDates.dayOf((Instant) row[7]), defaults.months((Integer) row[5], organization),
                areas.getOrDefault(id, Set.of()), classes.getOrDefault(id, Set.of()));
    }

    private List<Object[]> read(String jpql, Set<UUID> scope) {
        TypedQuery<Object[]> query = entityManager.createQuery(jpql, Object[].class);
        if (scope != null) {
            query.setParameter("scope", scope);
        }
        return query.getResultList();
    }

    private Map<UUID, Set<String>> codes(String jpql) {
        Map<UUID, Set<String>> codes = new HashMap<>();
        entityManager.createQuery(jpql, Object[].class).getResultList()
                .forEach(row -> codes.computeIfAbsent((UUID) row[0], key -> new HashSet<>()).add((String) row[1]));
        return codes;
    }
}
