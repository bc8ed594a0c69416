package fi.ekokartta.editing;

import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingContent;
import fi.ekokartta.offering.OfferingRepository;

import fi.ekokartta.base.domain.FieldChange;
import fi.ekokartta.base.domain.HistoryEntry;
import fi.ekokartta.base.domain.HistoryPage;
import fi.ekokartta.base.domain.RejectedInputException;
import fi.ekokartta.stewardship.AuditRevision;
import fi.ekokartta.stewardship.Revisions;
import fi.ekokartta.stewardship.Revisions.Revision;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
        List<Revision<Offering>> revisions = Revisions.of(entityManager, Offering.class, id);
        List<OfferingSnapshot> snapshots = revisions.stream().map(r -> OfferingSnapshot.of(r.entity(), locale)).toList();
        OfferingSnapshot latest = snapshots.isEmpty() ? null : snapshots.getLast();
        List<HistoryEntry> entries = new ArrayList<>();
        for (int i = 0; i < revisions.size(); i++) {
            Revision<Offering> revision = revisions.get(i);
            OfferingSnapshot snapshot = snapshots.get(i);
            boolean restorable = i < revisions.size() - 1 && !snapshot.sameContent(latest);
            entries.add(entry(revision, i == 0 ? null : snapshots.get(i - 1), snapshot, restorable, locale));
        }
        return entries.reversed();
    }

    /**
     * A page of the service's versions, newest first: up to {@code size} + 1 of those before the
     * revision {@code before}, as {@link #of} tells them, reading only those ("Näytä vanhemmat").
     */
    @Transactional(readOnly = true)
    public HistoryPage.Versions page(UUID id, Locale locale, long before, int size) {
        Offering current = offerings.findById(id).orElseThrow(OfferingHistory::unknown);
        permissions.requireMaintainerOf(current, "read the history");
        return Revisions.page(entityManager, Offering.class, id, before, size, offering -> OfferingSnapshot.of(offering, locale),
                OfferingSnapshot::sameContent, (revision, older, now, restorable) -> entry(revision, older, now, restorable, locale));
    }

    /**
     * Saves the content the service had at the revision over the version the editor loaded, as a
     * new revision; returns the new version. A stale version is a conflict, as any save.
     */
    public long restore(UUID id, long revision, long expectedVersion) {
        Offering current = offerings.findById(id).orElseThrow(OfferingHistory::unknown);
        permissions.requireMaintainerOf(current, "restore a version");
        Offering old = Revisions.find(entityManager, Offering.class, id, revision)
                .orElseThrow(() -> new RejectedInputException("history.error.revision-unknown"));
        return editing.update(id, expectedVersion, OfferingContent.of(old));
    }

    private static HistoryEntry entry(Revision<Offering> revision, OfferingSnapshot before, OfferingSnapshot after,
                                      boolean restorable, Locale locale) {
        if (before == null) {
            return new HistoryEntry(revision.number(), revision.savedAt(), revision.username(), HistoryEntry.Kind.CREATED,
                    List.of(), restorable);
        }
        List<FieldChange> changes = OfferingDiff.between(before, after, locale);
        HistoryEntry.Kind kind = before.onlyAssuranceDiffers(after) ? HistoryEntry.Kind.ASSURED : HistoryEntry.Kind.CHANGED;
        return new HistoryEntry(revision.number(), revision.savedAt(), revision.username(), kind, changes, restorable);
    }

    private static RejectedInputException unknown() {
        return new RejectedInputException("feedback.error.entry-unknown");
    }
}
