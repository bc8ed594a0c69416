package fi.ekokartta.stewardship;

/**
 * Where an outdated-information task stands. OPEN and IN_PROGRESS are open tasks; FIXED (the
 * entry was corrected) and REJECTED (nothing to correct) close it, and only a close may send the
 * reporter a reply.
 */
public enum ReportStatus {
    OPEN, IN_PROGRESS, FIXED, REJECTED;

    public boolean isClosed() {
        return this == FIXED || this == REJECTED;
    }
}
