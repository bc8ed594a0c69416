package fi.ekokartta.stewardship;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The stored versions of an audited entry (Envers), oldest first, each with who saved it and when;
 * used by the history services of each kind of entry inside their transactions, since the
 * entities Envers loads read their collections lazily.
 */
public final class Revisions {

    /** An entry as saved in one revision. */
    public record Revision<T>(long number, Instant savedAt, String username, T entity) {
    }

    private Revisions() {
    }

    /** Every revision of the entry in which it existed, oldest first. */
    @SuppressWarnings("unchecked")
    public static <T> List<Revision<T>> of(EntityManager entityManager, Class<T> type, UUID id) {
        List<Object[]> rows = reader(entityManager).createQuery().forRevisionsOfEntity(type, false, false)
                .add(AuditEntity.id().eq(id)).addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        return rows.stream().map(row -> {
            AuditRevision revision = (AuditRevision) row[1];
            return new Revision<>(revision.getId(), Instant.ofEpochMilli(revision.getTimestamp()), revision.getUsername(),
                    (T) row[0]);
        }).toList();
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
