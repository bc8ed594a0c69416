package fi.ekokartta.base.domain;

import java.time.Instant;
import java.util.List;

/**
 * One saved version of an entry in its change history: its revision number, when and by whom it
 * was saved (the user name, or "system"), what kind of change it was and, field by field, what
 * changed from the version before. {@code restorable} when its content differs from the entry's
 * latest content, so that restoring it would change something.
 */
public record HistoryEntry(long revision, Instant savedAt, String username, Kind kind, List<FieldChange> changes,
                           boolean restorable) {

    public HistoryEntry {
        changes = List.copyOf(changes);
    }

    /**
     * CREATED: the first version. CHANGED: content, status or responsibility changed (the changes
     * may be empty when a save changed nothing shown). ASSURED: only the assured date and the
     * assurer changed — someone confirmed the entry still correct, without a content change.
     */
    public enum Kind {
        CREATED, CHANGED, ASSURED
    }
}
