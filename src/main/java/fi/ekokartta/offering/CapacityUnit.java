package fi.ekokartta.offering;

/**
 * What a service's capacity figure counts (HSDS 3.1 {@code unit}): free places on a course or in a
 * group, people waiting, or the weeks one waits now.
 */
public enum CapacityUnit {
    /** Places: available = free places now, maximum = all places. */
    PLACES,
    /** People in the queue now. */
    QUEUE_PERSONS,
    /** The waiting time now, in weeks. */
    QUEUE_WEEKS
}
