package fi.ekokartta.base.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of an entry's change history, newest first: its saved versions (revisions) and its
 * re-assurances (kept apart, in the audit log) merged by time. Pages are read from the server one
 * at a time ("Näytä vanhemmat"), so an entry with hundreds of revisions reads and compares only
 * those it shows (and the one before the oldest shown, for its differences).
 *
 * @param entries       at most a page of entries, newest first
 * @param newestVersion the number of the newest version on the page (versions are numbered from
 *                      the oldest, 1 up); re-assurances have none
 * @param older         where the next, older page starts; null when there is none
 */
public record HistoryPage(List<HistoryEntry> entries, int newestVersion, Cursor older) {

    public HistoryPage {
        entries = List.copyOf(entries);
    }

    /**
     * Where a page starts: the versions with a revision number below {@code revisionBefore} and the
     * re-assurances before {@code assuredBefore} (null: the newest).
     */
    public record Cursor(long revisionBefore, Instant assuredBefore) {

        public static Cursor newest() {
            return new Cursor(Long.MAX_VALUE, null);
        }
    }

    /**
     * The versions of a page as a history service reads them: up to a page and one more (to know
     * that older ones exist), newest first, and how many versions there are before the cursor (the
     * number of the first one).
     */
    public record Versions(List<HistoryEntry> newestFirst, int count) {

        public Versions {
            newestFirst = List.copyOf(newestFirst);
        }
    }

    /** Reads a page of the history: from the cursor, at most {@code size} entries. */
    @FunctionalInterface
    public interface Source {
        HistoryPage page(Cursor from, int size);
    }

    /**
     * The page of {@code size} entries from the versions and the re-assurances (each up to a page
     * and one more, newest first) merged by time; a version goes first of two saved at once.
     */
    public static HistoryPage merge(Cursor from, int size, Versions versions, List<HistoryEntry> assured) {
        List<HistoryEntry> revisions = versions.newestFirst();
        List<HistoryEntry> taken = new ArrayList<>();
        int r = 0;
        int a = 0;
        long revisionBefore = from.revisionBefore();
        Instant assuredBefore = from.assuredBefore();
        while (taken.size() < size && (r < revisions.size() || a < assured.size())) {
            boolean revisionNext = a >= assured.size()
                    || r < revisions.size() && !revisions.get(r).savedAt().isBefore(assured.get(a).savedAt());
            if (revisionNext) {
                HistoryEntry entry = revisions.get(r++);
                revisionBefore = entry.revision();
                taken.add(entry);
            } else {
                HistoryEntry entry = assured.get(a++);
                assuredBefore = entry.savedAt();
                taken.add(entry);
            }
        }
        boolean more = r < revisions.size() || a < assured.size();
        return new HistoryPage(taken, versions.count(), more ? new Cursor(revisionBefore, assuredBefore) : null);
    }
}
