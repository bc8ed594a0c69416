package fi.ekokartta.exchange.imports;

/** What an import does, or would do, with one object. */
public enum ImportOutcome {
    /** A new object. */
    CREATED,
    /** An object of the same id changes. */
    UPDATED,
    /** An object of the same id is stored as it is; it keeps its version. */
    UNCHANGED,
    /** Stored as part of another object: a location or service_at_location as a service's channel, a translation. */
    PART_OF,
    /** Understood but not stored: our model has no place for it (an HSDS taxonomy, API meta information). */
    NOT_STORED,
    /** Wrong: the whole import is refused. */
    REJECTED
}
