package fi.ekokartta.stewardship;

import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.security.CurrentUser;
import fi.ekokartta.security.UserRole;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
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
 * The management list of services with its filters, sorting, paging and export. Coordinators
 * and administrators list the whole map, maintainers their organizations' entries (drafts and
 * archived ones included); counsellors and the public are refused here, whatever the view shows.
 * An entry belongs to the organization named responsible for it, or else to its provider, as on
 * the dashboard. The next review date is computed from the entry's last review, assurance or
 * change, so the list is filtered and sorted in memory after one query: the map holds hundreds of
 * services, not millions. The export ({@link #export}) goes through here too, so the file can
 * hold nothing the list would not show.
 */
@Service
@Transactional(readOnly = true)
public class ManagedServiceListService {

    private static final Logger log = LoggerFactory.getLogger(ManagedServiceListService.class);
    private static final Locale FINNISH = Locale.of("fi", "FI");

    private final EntityManager entityManager;
    private final CurrentUser currentUser;

    ManagedServiceListService(EntityManager entityManager, CurrentUser currentUser) {
        this.entityManager = entityManager;
        this.currentUser = currentUser;
    }

    public Page<ManagedService> page(ManagedServiceFilter filter, ManagedServiceSort sort, boolean descending, int page,
                                     int size) {
        return page(filter, sort, descending, page, size, FINNISH);
    }

    /** A page of the list, names sorted in the reader's language. */
    public Page<ManagedService> page(ManagedServiceFilter filter, ManagedServiceSort sort, boolean descending, int page,
                                     int size, Locale locale) {
        List<ManagedService> rows = all(filter, sort, descending, locale);
        int from = Math.min(page * size, rows.size());
        return new PageImpl<>(rows.subList(from, Math.min(from + size, rows.size())), PageRequest.of(page, size), rows.size());
    }

    /** Every entry the filter lets through, in order: what an export of the list holds. */
    public List<ManagedService> all(ManagedServiceFilter filter, ManagedServiceSort sort, boolean descending) {
        return all(filter, sort, descending, FINNISH);
    }

    public List<ManagedService> all(ManagedServiceFilter filter, ManagedServiceSort sort, boolean descending, Locale locale) {
        Set<UUID> scope = scope(filter);
        LocalDate today = FinnishDates.today();
        Map<UUID, Long> reports = openReports();
        List<ManagedService> rows = new ArrayList<>();
        for (Object[] row : query(filter, scope).getResultList()) {
            ManagedService service = service(row, reports);
            if ((!filter.overdue() || service.overdue(today)) && (!filter.reported() || service.openReports() > 0)) {
                rows.add(service);
            }
        }
        rows.sort(sort.comparator(descending, locale));
        return rows;
    }

    /**
     * The list as a file: the entries the filter lets through, in order, every row. Whoever may
     * read the list may export it, with the same scope (a maintainer her organizations' entries);
     * counsellors and the public are refused before anything is read.
     */
    public byte[] export(ManagedServiceFilter filter, ManagedServiceSort sort, boolean descending, Locale locale,
                         ExportFormat format, List<ListExport.Column<ManagedService>> columns, String sheetName) {
        requireListReader("export");
        List<ManagedService> rows = all(filter, sort, descending, locale);
        return switch (format) {
            case EXCEL -> ListExport.excel(rows, columns, sheetName);
            case CSV -> ListExport.csv(rows, columns);
        };
    }

    private void requireListReader(String operation) {
        if (!currentUser.hasAnyRole(UserRole.ADMIN, UserRole.COORDINATOR, UserRole.MAINTAINER)) {
            log.warn("Refused: {} of the management list by {}", operation, currentUser.username().orElse("anonymous"));
            throw new AccessDeniedException("The management lists are for administrators, coordinators and maintainers");
        }
    }

    /** The organizations whose entries are listed; null for the whole map. */
    private Set<UUID> scope(ManagedServiceFilter filter) {
        if (currentUser.hasAnyRole(UserRole.ADMIN, UserRole.COORDINATOR)) {
            return filter.mine() ? currentUser.organizationIds() : null;
        }
        if (currentUser.hasRole(UserRole.MAINTAINER)) {
            return currentUser.organizationIds();
        }
        throw new AccessDeniedException("The management lists are for administrators, coordinators and maintainers");
    }

    private TypedQuery<Object[]> query(ManagedServiceFilter filter, Set<UUID> scope) {
        StringBuilder jpql = new StringBuilder("select o.id, o.name, ra.id, ra.name, p.id, p.name, o.status, o.assuredDate,"
                + " o.responsibility.lastReviewed, o.responsibility.reviewIntervalMonths, o.lastModified,"
                + " o.responsibility.responsiblePerson from Offering o join o.provider p"
                + " left join o.responsibility.responsibleActor ra where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (scope != null) {
            jpql.append(" and coalesce(ra.id, p.id) in :scope");
            parameters.put("scope", scope.isEmpty() ? Set.of(new UUID(0, 0)) : scope);
        }
        if (filter.organization() != null) {
            jpql.append(" and coalesce(ra.id, p.id) = :organization");
            parameters.put("organization", filter.organization());
        }
        if (filter.status() != null) {
            jpql.append(" and o.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            jpql.append(" and lower(o.name.fi) like :text");
            parameters.put("text", "%" + filter.text().strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        if (filter.municipality() != null) {
            jpql.append(" and exists (select m from o.municipalities m where m.code = :municipality)");
            parameters.put("municipality", filter.municipality());
        }
        if (filter.classCode() != null) {
            jpql.append(" and exists (select c from o.classes c where c.code = :classCode or c.code like :subClasses)");
            parameters.put("classCode", filter.classCode());
            parameters.put("subClasses", filter.classCode() + ".%");
        }
        TypedQuery<Object[]> query = entityManager.createQuery(jpql.toString(), Object[].class);
        parameters.forEach(query::setParameter);
        return query;
    }

    private Map<UUID, Long> openReports() {
        Map<UUID, Long> counts = new HashMap<>();
        entityManager.createQuery("select r.entryId, count(r) from OutdatedReport r where r.entryKind = :kind"
                        + " and r.handledAt is null group by r.entryId", Object[].class)
                .setParameter("kind", EntryKind.SERVICE).getResultList()
                .forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
        return counts;
    }

    /** A row of the query; a service never reviewed counts from its assurance, else from its last change. */
    private static ManagedService service(Object[] row, Map<UUID, Long> reports) {
        UUID id = (UUID) row[0];
        boolean responsibleNamed = row[2] != null;
        UpdateResponsibility responsibility = new UpdateResponsibility();
        responsibility.setLastReviewed((LocalDate) row[8]);
        responsibility.setReviewIntervalMonths((Integer) row[9]);
        LocalDate assured = (LocalDate) row[7];
        LocalDate start = assured != null ? assured : toFinnishDate((Instant) row[10]);
        return new ManagedService(id, (LocalizedText) row[1], (UUID) (responsibleNamed ? row[2] : row[4]),
                (LocalizedText) (responsibleNamed ? row[3] : row[5]), (OfferingStatus) row[6], assured,
                responsibility.nextReviewDue(start), (String) row[11], reports.getOrDefault(id, 0L));
    }

    private static LocalDate toFinnishDate(Instant instant) {
        return instant == null ? null : instant.atZone(FinnishDates.FINNISH_TIME).toLocalDate();
    }
}
