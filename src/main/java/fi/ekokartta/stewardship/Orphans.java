package fi.ekokartta.stewardship;

import fi.ekokartta.actor.ActorStatus;
import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.security.CurrentUser;
import fi.ekokartta.security.UserRole;
import jakarta.persistence.EntityManager;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The check that no entry is without a living responsible. An entry in use (a service not
 * archived, an active actor) has one when an active user keeps it ({@link EntryKeeper}), or its
 * responsible organization — or one above it — has an active maintainer, an active deputy or an
 * active fallback coordinator. The others are orphans, listed for the coordinators to assign.
 */
@Service
@Transactional(readOnly = true)
public class Orphans {

    /** An entry without a living responsible, with the organization it answers to. */
    public record Orphan(EntryKind kind, UUID id, LocalizedText name, UUID organizationId, LocalizedText organizationName) {
    }

    /** The orphans of one organization, with how many are services and how many actors. */
    public record OrphanGroup(UUID organizationId, LocalizedText organizationName, long services, long actors,
                              List<Orphan> orphans) {
        public long total() {
            return services + actors;
        }
    }

    private final EntityManager entityManager;
    private final CurrentUser currentUser;

    Orphans(EntityManager entityManager, CurrentUser currentUser) {
        this.entityManager = entityManager;
        this.currentUser = currentUser;
    }

    public List<Orphan> list() {
        if (!currentUser.hasRole(UserRole.COORDINATOR)) {
            throw new AccessDeniedException("The orphan check is the coordinators'");
        }
        Map<UUID, UUID> parents = new HashMap<>();
        Map<UUID, LocalizedText> names = new HashMap<>();
        for (Object[] row : entityManager.createQuery("select a.id, a.parent.id, a.name from Actor a", Object[].class)
                .getResultList()) {
            parents.put((UUID) row[0], (UUID) row[1]);
            names.put((UUID) row[0], (LocalizedText) row[2]);
        }
        Set<UUID> staffed = staffedOrganizations();
        Set<UUID> kept = new HashSet<>(entityManager.createQuery(
                "select coalesce(k.service.id, k.actor.id) from EntryKeeper k where k.user.enabled = true", UUID.class)
                .getResultList());
        List<Orphan> orphans = new ArrayList<>();
        List<Object[]> entries = new ArrayList<>();
        entityManager.createQuery("""
                        select o.id, o.name, coalesce(o.responsibility.responsibleActor.id, o.provider.id) from Offering o
                        where o.status <> :archived order by o.id""", Object[].class)
                .setParameter("archived", OfferingStatus.ARCHIVED).getResultList()
                .forEach(row -> entries.add(new Object[]{EntryKind.SERVICE, row[0], row[1], row[2]}));
        entityManager.createQuery("""
                        select a.id, a.name, coalesce(a.responsibility.responsibleActor.id, a.id) from Actor a
                        where a.status = :active order by a.id""", Object[].class)
                .setParameter("active", ActorStatus.ACTIVE).getResultList()
                .forEach(row -> entries.add(new Object[]{EntryKind.ACTOR, row[0], row[1], row[2]}));
        for (Object[] entry : entries) {
            UUID id = (UUID) entry[1];
            UUID organization = (UUID) entry[3];
            if (!kept.contains(id) && !staffed(organization, parents, staffed)) {
                orphans.add(new Orphan((EntryKind) entry[0], id, (LocalizedText) entry[2], organization, names.get(organization)));
            }
        }
        return orphans;
    }

    /**
     * The orphans grouped by the organization they answer to, in the alphabetical order of the
     * organizations' names in the language given; only the organizations whose name holds the
     * filter, ignoring case (a blank filter holds every one).
     */
    public List<OrphanGroup> byOrganization(String filter, Locale locale) {
        String wanted = filter == null ? "" : filter.strip().toLowerCase(locale);
        Map<UUID, List<Orphan>> grouped = new LinkedHashMap<>();
        list().forEach(orphan -> grouped.computeIfAbsent(orphan.organizationId(), id -> new ArrayList<>()).add(orphan));
        Collator alphabet = Collator.getInstance(locale);
        return grouped.values().stream()
                .map(orphans -> group(orphans, locale))
                .filter(group -> nameOf(group, locale).toLowerCase(locale).contains(wanted))
                .sorted(Comparator.comparing((OrphanGroup group) -> nameOf(group, locale), alphabet))
                .toList();
    }

    private static OrphanGroup group(List<Orphan> orphans, Locale locale) {
        Orphan first = orphans.getFirst();
        long services = orphans.stream().filter(orphan -> orphan.kind() == EntryKind.SERVICE).count();
        List<Orphan> sorted = orphans.stream()
                .sorted(Comparator.comparing((Orphan orphan) -> orphan.name().get(locale), Collator.getInstance(locale)))
                .toList();
        return new OrphanGroup(first.organizationId(), first.organizationName(), services, orphans.size() - services, sorted);
    }

    private static String nameOf(OrphanGroup group, Locale locale) {
        return group.organizationName() == null ? "" : group.organizationName().get(locale);
    }

    private Set<UUID> staffedOrganizations() {
        Set<UUID> staffed = new HashSet<>(entityManager.createQuery(
                "select o.id from AppUser u join u.organizations o where u.enabled = true and u.role = :role", UUID.class)
                .setParameter("role", UserRole.MAINTAINER).getResultList());
        staffed.addAll(entityManager.createQuery("""
                select k.actorId from OrganizationKeepers k left join k.deputy d left join k.fallback f
                where d.enabled = true or (f.enabled = true and f.role = :coordinator)""", UUID.class)
                .setParameter("coordinator", UserRole.COORDINATOR).getResultList());
        return staffed;
    }

    private static boolean staffed(UUID organization, Map<UUID, UUID> parents, Set<UUID> staffed) {
        Set<UUID> seen = new HashSet<>();
        for (UUID id = organization; id != null && seen.add(id); id = parents.get(id)) {
            if (staffed.contains(id)) {
                return true;
            }
        }
        return false;
    }
}
