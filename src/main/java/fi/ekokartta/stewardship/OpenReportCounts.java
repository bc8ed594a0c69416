package fi.ekokartta.stewardship;

import jakarta.persistence.EntityManager;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** How many reports of outdated information are open per entry of a kind, for the management lists. */
final class OpenReportCounts {

    private OpenReportCounts() {
    }

    static Map<UUID, Long> byEntry(EntityManager entityManager, EntryKind kind) {
        Map<UUID, Long> counts = new HashMap<>();
        entityManager.createQuery("select r.entryId, count(r) from OutdatedReport r where r.entryKind = :kind"
                        + " and r.handledAt is null group by r.entryId", Object[].class)
                .setParameter("kind", kind).getResultList()
                .forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
        return counts;
    }
}
