package fi.ekokartta.stewardship;

import fi.ekokartta.base.domain.HistoryEntry;
import fi.ekokartta.base.domain.HistoryPage;
import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The stored versions of an audited entry (Envers), oldest first, each with who saved it and when;
 * used by the history services of each kind of entry inside their transactions, since the
 * entities Envers loads read their collections lazily.
 */
public final class Revisions {

    /** An entry as saved in one revision. */
    public record Revision<T>(long number, Instant savedAt, String username, T entity) {
    }

    /** Makes one history entry of a revision, from the snapshot before it (null for the first) and its own. */
    @FunctionalInterface
    public interface Entry<T, S> {
        HistoryEntry of(Revision<T> revision, S before, S after, boolean restorable);
    }

    private Revisions() {
    }

    /**
     * A page of the entry's versions as history entries, newest first: up to {@code size} + 1 of
     * the revisions numbered below {@code before} (the one more tells that older ones exist), each
     * compared with the revision before it, which is read too; restorable when its content differs
     * from the latest revision's. Only these revisions and the latest are loaded, whatever the
     * length of the history; their numbers alone are read to count them.
     */
    @SuppressWarnings("unchecked")
    public static <T, S> HistoryPage.Versions page(EntityManager entityManager, Class<T> type, UUID id, long before, int size,
                                                   Function<T, S> snapshot, BiPredicate<S, S> sameContent, Entry<T, S> entry) {
        AuditReader reader = reader(entityManager);
        List<Number> numbers = reader.getRevisions(type, id);
        if (numbers.isEmpty()) {
            return new HistoryPage.Versions(List.of(), 0);
        }
        long latestNumber = numbers.getLast().longValue();
        int count = (int) numbers.stream().filter(number -> number.longValue() < before).count();
        List<Object[]> rows = reader.createQuery().forRevisionsOfEntity(type, false, false)
                .add(AuditEntity.id().eq(id)).add(AuditEntity.revisionNumber().lt(before))
                .addOrder(AuditEntity.revisionNumber().desc()).setMaxResults(size + 2).getResultList();
        List<Revision<T>> newestFirst = rows.stream().map(Revisions::<T>revision).toList();
        List<S> snapshots = newestFirst.stream().map(revision -> snapshot.apply(revision.entity())).toList();
        S latest = !newestFirst.isEmpty() && newestFirst.getFirst().number() == latestNumber ? snapshots.getFirst()
                : snapshot.apply(reader.find(type, id, latestNumber));
        List<HistoryEntry> entries = new ArrayList<>();
        for (int i = 0; i < Math.min(size + 1, newestFirst.size()); i++) {
            Revision<T> revision = newestFirst.get(i);
            S older = i + 1 < snapshots.size() ? snapshots.get(i + 1) : null;
            boolean restorable = revision.number() != latestNumber && !sameContent.test(snapshots.get(i), latest);
            entries.add(entry.of(revision, older, snapshots.get(i), restorable));
        }
        return new HistoryPage.Versions(entries, count);
    }

    /** Every revision of the entry in which it existed, oldest first. */
    @SuppressWarnings("unchecked")
    public static <T> List<Revision<T>> of(EntityManager entityManager, Class<T> type, UUID id) {
        List<Object[]> rows = reader(entityManager).createQuery().forRevisionsOfEntity(type, false, false)
                .add(AuditEntity.id().eq(id)).addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        return rows.stream().map(Revisions::<T>revision).toList();
    }

    @SuppressWarnings("unchecked")
    private static <T> Revision<T> revision(Object[] row) {
        AuditRevision revision = (AuditRevision) row[1];
        return new Revision<>(revision.getId(), Instant.ofEpochMilli(revision.getTimestamp()), revision.getUsername(),
                (T) row[0]);
    }

    /** The entry as saved in the revision, if that is one of its own revisions. */
    public static <T> Optional<T> find(EntityManager entityManager, Class<T> type, UUID id, long revision) {
        AuditReader reader = reader(entityManager);
        boolean its = reader.getRevisions(type, id).stream().anyMatch(number -> number.longValue() == revision);
        return its ? Optional.ofNullable(reader.find(type, id, revision)) : Optional.empty();
    }

    private static AuditReader reader(EntityManager entityManager) {
        return AuditReaderFactory.get(entityManager);
    }
}
