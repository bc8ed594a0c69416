package fi.ekokartta.search.learning;

/**
 * How one search ended, as the gap log counts it: each search counts once among the searches and
 * in at most one of the gaps. A search that found nothing is not also counted as refined or not
 * opened: nothing could have been opened.
 */
public enum GapOutcome {
    /** A result was opened or put on the client's list: no gap. */
    OPENED,
    /** The search found nothing. */
    NO_RESULTS,
    /** Another search followed soon, with no result of this one opened. */
    REFINED,
    /** The user left, or searched again later, with no result opened. */
    NOT_OPENED
}
