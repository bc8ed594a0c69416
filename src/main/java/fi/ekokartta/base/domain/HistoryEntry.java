package fi.ekokartta.base.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

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

    /** Histories told by different sources (revisions, re-assurances) as one, newest first. */
    @SafeVarargs
    public static List<HistoryEntry> newestFirst(List<HistoryEntry>... parts) {
        return Stream.of(parts).flatMap(List::stream).sorted(Comparator.comparing(HistoryEntry::savedAt).reversed()).toList();
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
