package fi.ekokartta.ecosystem.metrics;

import fi.ekokartta.actor.ActorSector;
import fi.ekokartta.actor.ActorStatus;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.calendar.EventOccurrence;
import fi.ekokartta.calendar.Occurrences;
import fi.ekokartta.ecosystem.metrics.EcosystemFigures.ActionItemCounts;
import fi.ekokartta.ecosystem.metrics.EcosystemFigures.AttendanceFigures;
import fi.ekokartta.ecosystem.metrics.EcosystemFigures.ClassRow;
import fi.ekokartta.ecosystem.metrics.EcosystemFigures.EventCounts;
import fi.ekokartta.ecosystem.metrics.EcosystemFigures.ForumAttendance;
import fi.ekokartta.ecosystem.metrics.EcosystemFigures.MunicipalityColumn;
import fi.ekokartta.ecosystem.metrics.EcosystemFigures.SectorCount;
import fi.ekokartta.ecosystem.metrics.EcosystemFigures.SectorCoverage;
import fi.ekokartta.ecosystem.metrics.EcosystemFigures.ServiceMatrix;
import fi.ekokartta.forum.ActionStatus;
import fi.ekokartta.forum.Attendance;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.security.CurrentUser;
import fi.ekokartta.security.UserRole;
import fi.ekokartta.taxonomy.TaxonomyTerm;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The ecosystem in figures, public: counts only, nothing a visitor could not otherwise see but the
 * numbers of internal events and of action items. Each figure is one query (the events one read
 * of the calendar, expanded by {@link Occurrences}); "this year" and "today" are Finnish time.
 */
@Service
@Transactional(readOnly = true)
public class EcosystemMetrics {

    private final EntityManager entityManager;
    private final Occurrences occurrences;
    private final CurrentUser currentUser;

    EcosystemMetrics(EntityManager entityManager, Occurrences occurrences, CurrentUser currentUser) {
        this.entityManager = entityManager;
        this.occurrences = occurrences;
        this.currentUser = currentUser;
    }

    public EcosystemFigures.All all() {
        return new EcosystemFigures.All(sectors(), services(), events(), attendance(), actionItems());
    }

    /**
     * The figures as key figures beside the user's own work (front page, {@code /hallinta}):
     * for coordinators and administrators, who follow the whole ecosystem; empty for everyone
     * else, who find the public figures on their own page.
     */
    public Optional<EcosystemFigures.All> keyFiguresForCurrentUser() {
        return currentUser.hasAnyRole(UserRole.COORDINATOR, UserRole.ADMIN) ? Optional.of(all()) : Optional.empty();
    }

    /** Active actors per sector; an actor with no sector is not counted. */
    public SectorCoverage sectors() {
        Map<ActorSector, Long> counts = new EnumMap<>(ActorSector.class);
        for (ActorSector sector : ActorSector.values()) {
            counts.put(sector, 0L);
        }
        entityManager.createQuery("""
                        select a.sector, count(a) from Actor a
                        where a.status = :active and a.sector is not null group by a.sector""", Object[].class)
                .setParameter("active", ActorStatus.ACTIVE)
                .getResultList()
                .forEach(row -> counts.put((ActorSector) row[0], (Long) row[1]));
        return new SectorCoverage(counts.entrySet().stream().map(e -> new SectorCount(e.getKey(), e.getValue())).toList());
    }

    /**
     * Published services per top class and municipality of the employment area. One query for the
     * class tree, one for the area's municipalities and one for the services' classes and
     * municipalities; a service without municipalities serves every municipality of the area, and
     * one in municipalities outside the area only is in no column.
     */
    public ServiceMatrix services() {
        List<Object[]> terms = entityManager.createQuery("""
                        select t.id, p.id, t.code, t.name from TaxonomyTerm t left join t.parent p
                        where t.taxonomy = :taxonomy""", Object[].class)
                .setParameter("taxonomy", TaxonomyTerm.SERVICE_TAXONOMY)
                .getResultList();
        Map<UUID, UUID> parents = new HashMap<>();
        List<Object[]> tops = new ArrayList<>();
        for (Object[] term : terms) {
            parents.put((UUID) term[0], (UUID) term[1]);
            if (term[1] == null) {
                tops.add(term);
            }
        }
        tops.sort(Comparator.comparing(term -> (String) term[2]));
        List<MunicipalityColumn> columns = entityManager.createQuery("""
                        select m.code, m.name from Municipality m where m.inEmploymentArea = true order by m.code""",
                        Object[].class)
                .getResultList().stream()
                .map(row -> new MunicipalityColumn((String) row[0], text(row[1])))
                .toList();
        Map<String, Integer> columnOf = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            columnOf.put(columns.get(i).code(), i);
        }
        // (top class, column) → the services counted there, so that a service counts once per cell
        Map<UUID, List<Set<UUID>>> cells = new LinkedHashMap<>();
        for (Object[] top : tops) {
            List<Set<UUID>> row = new ArrayList<>();
            columns.forEach(column -> row.add(new HashSet<>()));
            cells.put((UUID) top[0], row);
        }
        List<Object[]> placements = entityManager.createQuery("""
                        select o.id, c.id, m.code from Offering o join o.classes c left join o.municipalities m
                        where o.status = :published and c.taxonomy = :taxonomy""", Object[].class)
                .setParameter("published", OfferingStatus.PUBLISHED)
                .setParameter("taxonomy", TaxonomyTerm.SERVICE_TAXONOMY)
                .getResultList();
        for (Object[] placement : placements) {
            UUID offering = (UUID) placement[0];
            List<Set<UUID>> row = cells.get(top((UUID) placement[1], parents));
            if (row == null) {
                continue;
            }
            String municipality = (String) placement[2];
            if (municipality == null) {
                row.forEach(cell -> cell.add(offering));
            } else if (columnOf.containsKey(municipality)) {
                row.get(columnOf.get(municipality)).add(offering);
            }
        }
        List<ClassRow> rows = tops.stream().map(top -> new ClassRow((String) top[2], text(top[3]),
                cells.get((UUID) top[0]).stream().map(cell -> (long) cell.size()).toList())).toList();
        return new ServiceMatrix(columns, rows);
    }

    /** Occurrences of all the calendar's events this year (a count tells nothing of an internal event): held to today, and to come. */
    public EventCounts events() {
        LocalDate today = FinnishDates.today();
        LocalDate newYear = LocalDate.of(today.getYear(), 1, 1);
        List<EventOccurrence> year = occurrences.between(newYear, newYear.plusYears(1), true);
        long held = year.stream().filter(occurrence -> !occurrence.date().isAfter(today)).count();
        return new EventCounts(today.getYear(), held, year.size() - held);
    }

    /**
     * Attendance in forum meetings held this year (started before now): present of participants
     * marked present, absent or excused; those still only invited are not counted. Per forum, by name.
     */
    public AttendanceFigures attendance() {
        LocalDateTime now = LocalDateTime.now(FinnishDates.FINNISH_TIME);
        int year = now.getYear();
        List<Object[]> marks = entityManager.createQuery("""
                        select f.id, f.name, p.attendance from MeetingParticipant p join p.meeting m join m.forum f
                        where m.start >= :newYear and m.start < :now and p.attendance <> :invited""", Object[].class)
                .setParameter("newYear", LocalDate.of(year, 1, 1).atStartOfDay())
                .setParameter("now", now)
                .setParameter("invited", Attendance.INVITED)
                .getResultList();
        Map<UUID, long[]> counts = new LinkedHashMap<>();
        Map<UUID, LocalizedText> names = new HashMap<>();
        long present = 0;
        for (Object[] mark : marks) {
            UUID forum = (UUID) mark[0];
            names.putIfAbsent(forum, text(mark[1]));
            long[] count = counts.computeIfAbsent(forum, id -> new long[2]);
            count[1]++;
            if (mark[2] == Attendance.PRESENT) {
                count[0]++;
                present++;
            }
        }
        List<ForumAttendance> forums = counts.entrySet().stream()
                .map(e -> new ForumAttendance(e.getKey(), names.get(e.getKey()), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparing(forum -> Objects.requireNonNullElse(forum.forum().getFi(), "")))
                .toList();
        return new AttendanceFigures(year, present, marks.size(), forums);
    }

    /** Action items of every meeting: done; open; and of the open, those whose due date is before today. */
    public ActionItemCounts actionItems() {
        Object[] row = entityManager.createQuery("""
                        select coalesce(sum(case when a.status = :done then 1 else 0 end), 0),
                               coalesce(sum(case when a.status = :open then 1 else 0 end), 0),
                               coalesce(sum(case when a.status = :open and a.due < :today then 1 else 0 end), 0)
                        from ActionItem a""", Object[].class)
                .setParameter("done", ActionStatus.DONE)
                .setParameter("open", ActionStatus.OPEN)
                .setParameter("today", FinnishDates.today())
                .getSingleResult();
        return new ActionItemCounts(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue());
    }

    private static UUID top(UUID term, Map<UUID, UUID> parents) {
        UUID current = term;
        for (int depth = 0; depth < 100 && current != null; depth++) {
            UUID parent = parents.get(current);
            if (parent == null) {
                return parents.containsKey(current) ? current : null;
            }
            current = parent;
        }
        return null;
    }

    /** Hibernate gives an embedded text with no language filled in as null. */
    private static LocalizedText text(Object value) {
        return value == null ? new LocalizedText() : (LocalizedText) value;
    }
}
