package fi.ekokartta.stewardship;

import java.time.LocalDate;

/**
 * Where an entry is in its review cycle: current, due within {@value #SOON_DAYS} days ("Erääntyy
 * pian") or overdue ("Myöhässä"), counted from its next review date.
 */
public enum ReviewState {
    CURRENT, DUE_SOON, OVERDUE;

    public static final int SOON_DAYS = 30;

    /** The state of an entry due on the day; an entry without a due date is current. */
    public static ReviewState of(LocalDate due, LocalDate today) {
        if (due == null) {
            return CURRENT;
        }
        if (due.isBefore(today)) {
            return OVERDUE;
        }
        return due.isAfter(today.plusDays(SOON_DAYS)) ? CURRENT : DUE_SOON;
    }
}
