package fi.ekokartta.stewardship;

import fi.ekokartta.actor.UpdateResponsibility;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.i18n.FinnishDates;
import fi.ekokartta.security.AppUser;
import fi.ekokartta.security.UserRole;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the weekly reminders are made of, read in one place: the entries whose review is due by a
 * day, with who keeps them; the users who keep entries; the actors' parents; the open reports.
 * This is the only class of the reminders that reads update responsibilities. Due dates are
 * counted as the management lists count them (last review, else assurance, else last change;
 * the entry's interval, else its organization's default, {@link ReviewIntervals}).
 */
@Component
@Transactional(readOnly = true)
class ReminderEntries {

    /**
     * An entry to review. {@code keeper} is its responsible actor, the one whose maintainers may
     * re-assure it ({@link EditingRights#keepsCurrent}); {@code owner} the organization it is
     * listed under (the responsible actor, else the provider or the actor itself).
     */
    record Entry(EntryKind kind, UUID id, LocalizedText name, UUID keeper, UUID owner, LocalizedText ownerName,
                 UUID responsibleUser, String responsibleName, LocalDate due) {
    }

    /** An active user who may keep entries and can be e-mailed. */
    record Keeper(UUID id, String username, String name, String email, UserRole role, Set<UUID> organizations) {
    }

    /** An open report (new or in progress) and the organization it is for. */
    record OpenReport(EntryKind kind, UUID entryId, String entryName, UUID responsibleActor, Instant reportedAt,
                      ReportStatus status) {
    }

    private final EntityManager entityManager;
    private final ReviewIntervals intervals;

    ReminderEntries(EntityManager entityManager, ReviewIntervals intervals) {
        this.entityManager = entityManager;
        this.intervals = intervals;
    }

    /** Services still offered (not archived) and actors on the map whose next review is due by the day. */
    List<Entry> dueBy(LocalDate day) {
        ReviewIntervals.Resolver defaults = intervals.read();
        List<Entry> entries = new ArrayList<>();
        for (Object[] row : entityManager.createQuery("""
                select o.id, o.name, ra.id, ra.name, p.id, p.name, u.id,
                       coalesce(u.displayName, u.username, o.responsibility.responsiblePerson),
                       o.responsibility.lastReviewed, o.responsibility.reviewIntervalMonths, o.assuredDate, o.lastModified
                from Offering o join o.provider p left join o.responsibility.responsibleActor ra
                     left join EntryKeeper k on k.service = o left join k.user u
                where o.status <> fi.ekokartta.offering.OfferingStatus.ARCHIVED""", Object[].class).getResultList()) {
            UUID owner = (UUID) (row[2] != null ? row[2] : row[4]);
            LocalDate start = row[10] != null ? (LocalDate) row[10] : FinnishDates.dayOf((Instant) row[11]);
            LocalDate due = due((LocalDate) row[8], (Integer) row[9], start, defaults.inherited(owner));
            if (due != null && !due.isAfter(day)) {
                entries.add(new Entry(EntryKind.SERVICE, (UUID) row[0], (LocalizedText) row[1], (UUID) row[2], owner,
                        (LocalizedText) (row[2] != null ? row[3] : row[5]), (UUID) row[6], (String) row[7], due));
            }
        }
        for (Object[] row : entityManager.createQuery("""
                select a.id, a.name, ra.id, ra.name, u.id,
                       coalesce(u.displayName, u.username, a.responsibility.responsiblePerson),
                       a.responsibility.lastReviewed, a.responsibility.reviewIntervalMonths, a.lastModified
                from Actor a left join a.responsibility.responsibleActor ra
                     left join EntryKeeper k on k.actor = a left join k.user u
                where a.status is null or a.status <> fi.ekokartta.actor.ActorStatus.ARCHIVED""", Object[].class)
                .getResultList()) {
            UUID owner = (UUID) (row[2] != null ? row[2] : row[0]);
            LocalDate due = due((LocalDate) row[6], (Integer) row[7], FinnishDates.dayOf((Instant) row[8]),
                    defaults.inherited(owner));
            if (due != null && !due.isAfter(day)) {
                entries.add(new Entry(EntryKind.ACTOR, (UUID) row[0], (LocalizedText) row[1], (UUID) row[2], owner,
                        (LocalizedText) (row[2] != null ? row[3] : row[1]), (UUID) row[4], (String) row[5], due));
            }
        }
        return entries;
    }

    /** Active maintainers and coordinators with an e-mail address. */
    List<Keeper> keepers() {
        return entityManager.createQuery("""
                        select distinct u from AppUser u left join fetch u.organizations
                        where u.enabled = true and u.role in :roles and u.email is not null and trim(u.email) <> ''""",
                        AppUser.class)
                .setParameter("roles", Set.of(UserRole.MAINTAINER, UserRole.COORDINATOR)).getResultList().stream()
                .map(user -> new Keeper(user.getId(), user.getUsername(),
                        user.getDisplayName() == null || user.getDisplayName().isBlank() ? user.getUsername() : user.getDisplayName(),
                        user.getEmail().strip(), user.getRole(),
                        user.getOrganizations().stream().map(actor -> actor.getId()).collect(Collectors.toUnmodifiableSet())))
                .toList();
    }

    /** Every actor's parent, for finding the units under an organization. */
    Map<UUID, UUID> parents() {
        Map<UUID, UUID> parents = new HashMap<>();
        entityManager.createQuery("select a.id, a.parent.id from Actor a where a.parent is not null", Object[].class)
                .getResultList().forEach(row -> parents.put((UUID) row[0], (UUID) row[1]));
        return parents;
    }

    /** Reports new or in progress, oldest first. */
    List<OpenReport> openReports() {
        return entityManager.createQuery("""
                        select r.entryKind, r.entryId, r.entryName, r.responsibleActor.id, r.reportedAt, r.status
                        from OutdatedReport r where r.status in :open order by r.reportedAt""", Object[].class)
                .setParameter("open", Set.of(ReportStatus.OPEN, ReportStatus.IN_PROGRESS)).getResultList().stream()
                .map(row -> new OpenReport((EntryKind) row[0], (UUID) row[1], (String) row[2], (UUID) row[3],
                        (Instant) row[4], (ReportStatus) row[5]))
                .toList();
    }

    /** The name of an entry, for the page a reminder's link opens. */
    Optional<LocalizedText> name(EntryKind kind, UUID id) {
        String entity = kind == EntryKind.SERVICE ? "Offering" : "Actor";
        return entityManager.createQuery("select e.name from " + entity + " e where e.id = :id", LocalizedText.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    private static LocalDate due(LocalDate lastReviewed, Integer months, LocalDate start, int inherited) {
        UpdateResponsibility responsibility = new UpdateResponsibility();
        responsibility.setLastReviewed(lastReviewed);
        responsibility.setReviewIntervalMonths(months);
        return responsibility.nextReviewDue(start, inherited);
    }
}
