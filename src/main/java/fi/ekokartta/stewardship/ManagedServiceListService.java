package fi.ekokartta.stewardship;

import fi.ekokartta.base.export.ExportFormat;
import fi.ekokartta.base.export.ListExport;
import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.UpdateResponsibility;
import fi.ekokartta.offering.Offering;

import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.offering.OfferingStatus;
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
 * The management list of services with its filters, sorting, paging and export. Coordinators
 * and administrators list the whole map, maintainers their organizations' entries (drafts and
 * archived ones included); counsellors and the public are refused here, whatever the view shows.
 * An entry belongs to the organization named responsible for it, or else to its provider, as on
 * the dashboard. The next review date is computed from the entry's last review, assurance or
 * change, so the list is filtered and sorted in memory after one query: the map holds hundreds of
 * services, not millions.
 */
@Service
@Transactional(readOnly = true)
public class ManagedServiceListService {

    private static final Locale FINNISH = Locale.of("fi", "FI");

    private final EntityManager entityManager;
    private final ManagementScope scope;
    private final ReviewIntervals intervals;

    ManagedServiceListService(EntityManager entityManager, ManagementScope scope, ReviewIntervals intervals) {
        this.entityManager = entityManager;
        this.scope = scope;
        this.intervals = intervals;
    }

    public Page<ManagedService> page(ManagedServiceFilter filter, ManagedServiceSort sort, boolean descending, int page,
                                     int size) {
        return page(filter, sort, descending, page, size, FINNISH);
    }

    /** A page of the list, names sorted in the reader's language. */
    public Page<ManagedService> page(ManagedServiceFilter filter, ManagedServiceSort sort, boolean descending, int page,
                                     int size, Locale locale) {
        return ListSlice.page(all(filter, sort, descending, locale), page, size);
    }

    /** Every entry the filter lets through, in order: what an export of the list holds. */
    public List<ManagedService> all(ManagedServiceFilter filter, ManagedServiceSort sort, boolean descending) {
        return all(filter, sort, descending, FINNISH);
    }

    public List<ManagedService> all(ManagedServiceFilter filter, ManagedServiceSort sort, boolean descending, Locale locale) {
        Set<UUID> scope = this.scope.organizations(filter.mine());
        LocalDate today = FinnishDates.today();
        Map<UUID, Long> reports = OpenReportCounts.byEntry(entityManager, EntryKind.SERVICE);
        ReviewIntervals.Resolver defaults = intervals.read();
        List<ManagedService> rows = new ArrayList<>();
        for (Object[] row : query(filter, scope).getResultList()) {
            ManagedService service = service(row, reports, defaults);
            if (service.passesReview(filter.overdue(), filter.dueSoon(), today)
                    && (!filter.reported() || service.openReports() > 0)) {
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
        List<ManagedService> rows = all(filter, sort, descending, locale);
        return switch (format) {
            case EXCEL -> ListExport.excel(rows, columns, sheetName);
            case CSV -> ListExport.csv(rows, columns);
        };
    }

    /**
     * The organizations the list can be narrowed to: those owning at least one listed entry, read
     * by themselves (id and name), not by reading the list.
     */
    public List<OrganizationChoice> organizations() {
        Set<UUID> scope = this.scope.organizations(false);
        String owners = "select coalesce(ra.id, p.id) from Offering o join o.provider p left join o.responsibility.responsibleActor ra"
                + (scope == null ? "" : " where coalesce(ra.id, p.id) in :scope");
        TypedQuery<OrganizationChoice> query = entityManager.createQuery("select new fi.ekokartta.stewardship.OrganizationChoice("
                + "a.id, a.name) from Actor a where a.id in (" + owners + ")", OrganizationChoice.class);
        if (scope != null) {
            query.setParameter("scope", scope);
        }
        return query.getResultList();
    }

    private TypedQuery<Object[]> query(ManagedServiceFilter filter, Set<UUID> scope) {
        StringBuilder jpql = new StringBuilder("select o.id, o.name, ra.id, ra.name, p.id, p.name, o.status, o.assuredDate,"
                + " o.responsibility.lastReviewed, o.responsibility.reviewIntervalMonths, o.lastModified,"
                + " o.responsibility.responsiblePerson from Offering o join o.provider p"
                + " left join o.responsibility.responsibleActor ra where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (scope != null) {
            jpql.append(" and coalesce(ra.id, p.id) in :scope");
            parameters.put("scope", scope);
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
            parameters.put("text", ListSlice.containing(filter.text()));
        }
        if (filter.responsible() != null) {
            jpql.append(" and o.responsibility.responsiblePerson = :responsible");
            parameters.put("responsible", filter.responsible());
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

    /**
     * A row of the query; a service never reviewed counts from its assurance, else from its last
     * change; its interval is its own, else its organization's default ({@link ReviewIntervals}).
     */
    private static ManagedService service(Object[] row, Map<UUID, Long> reports, ReviewIntervals.Resolver defaults) {
        UUID id = (UUID) row[0];
        boolean responsibleNamed = row[2] != null;
        UpdateResponsibility responsibility = new UpdateResponsibility();
        responsibility.setLastReviewed((LocalDate) row[8]);
        responsibility.setReviewIntervalMonths((Integer) row[9]);
        LocalDate assured = (LocalDate) row[7];
        LocalDate start = assured != null ? assured : FinnishDates.dayOf((Instant) row[10]);
        return new ManagedService(id, (LocalizedText) row[1], (UUID) (responsibleNamed ? row[2] : row[4]),
                (LocalizedText) (responsibleNamed ? row[3] : row[5]), (OfferingStatus) row[6], assured,
                responsibility.nextReviewDue(start, defaults.inherited((UUID) (responsibleNamed ? row[2] : row[4]))),
                (String) row[11], reports.getOrDefault(id, 0L));
    }
}
