package fi.ekokartta.offering;

import fi.ekokartta.base.domain.FieldChange;
import fi.ekokartta.base.domain.HistoryEntry;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.stewardship.AuditRevision;
import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The change history of a service (Envers revisions, the user and time from {@link AuditRevision})
 * as readable differences per field, newest first, and the restoring of a previous version. Whoever
 * may edit the service may read its history and restore it ({@link OfferingPermissions}): history
 * shows staff-only texts and contacts and who saved them. A restore saves the old content through
 * {@link OfferingEditing#update}, so the version check, validation, permission and the search
 * index work as for any save, and it becomes a new revision; the status and the responsible
 * organization are not part of the content and stay as they are.
 */
@Service
@Transactional
public class OfferingHistory {

    private final OfferingRepository offerings;
    private final OfferingPermissions permissions;
    private final OfferingEditing editing;
    private final EntityManager entityManager;

    OfferingHistory(OfferingRepository offerings, OfferingPermissions permissions, OfferingEditing editing,
                    EntityManager entityManager) {
        this.offerings = offerings;
        this.permissions = permissions;
        this.editing = editing;
        this.entityManager = entityManager;
    }

    /** Every saved version of the service, newest first, with its changes from the one before. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> of(UUID id, Locale locale) {
        Offering current = offerings.findById(id).orElseThrow(OfferingHistory::unknown);
        permissions.requireMaintainerOf(current, "read the history");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = reader().createQuery().forRevisionsOfEntity(Offering.class, false, false)
                .add(AuditEntity.id().eq(id)).addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        List<OfferingSnapshot> snapshots = rows.stream().map(row -> OfferingSnapshot.of((Offering) row[0], locale)).toList();
        OfferingSnapshot latest = snapshots.isEmpty() ? null : snapshots.getLast();
        List<HistoryEntry> entries = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            AuditRevision revision = (AuditRevision) rows.get(i)[1];
            OfferingSnapshot snapshot = snapshots.get(i);
            boolean restorable = i < rows.size() - 1 && !snapshot.sameContent(latest);
            entries.add(entry(revision, i == 0 ? null : snapshots.get(i - 1), snapshot, restorable, locale));
        }
        return entries.reversed();
    }

    /**
     * Saves the content the service had at the revision over the version the editor loaded, as a
     * new revision; returns the new version. A stale version is a conflict, as any save.
     */
    public long restore(UUID id, long revision, long expectedVersion) {
        Offering current = offerings.findById(id).orElseThrow(OfferingHistory::unknown);
        permissions.requireMaintainerOf(current, "restore a version");
        AuditReader reader = reader();
        boolean ofThisService = reader.getRevisions(Offering.class, id).stream().anyMatch(n -> n.longValue() == revision);
        Offering old = ofThisService ? reader.find(Offering.class, id, revision) : null;
        if (old == null) {
            throw new RejectedInputException("history.error.revision-unknown");
        }
        return editing.update(id, expectedVersion, OfferingContent.of(old));
    }

    private static HistoryEntry entry(AuditRevision revision, OfferingSnapshot before, OfferingSnapshot after,
                                      boolean restorable, Locale locale) {
        Instant savedAt = Instant.ofEpochMilli(revision.getTimestamp());
        if (before == null) {
            return new HistoryEntry(revision.getId(), savedAt, revision.getUsername(), HistoryEntry.Kind.CREATED, List.of(),
                    restorable);
        }
        List<FieldChange> changes = OfferingDiff.between(before, after, locale);
        HistoryEntry.Kind kind = before.onlyAssuranceDiffers(after) ? HistoryEntry.Kind.ASSURED : HistoryEntry.Kind.CHANGED;
        return new HistoryEntry(revision.getId(), savedAt, revision.getUsername(), kind, changes, restorable);
    }

    private AuditReader reader() {
        return AuditReaderFactory.get(entityManager);
    }

    private static RejectedInputException unknown() {
        return new RejectedInputException("feedback.error.entry-unknown");
    }
}
