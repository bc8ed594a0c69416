package fi.ekokartta.search.learning;

/** What a coordinator's search term does (hakusanan laji). */
public enum SearchTermKind {
    /** Synonyymi: the term and its alternatives mean the same; each finds the others. */
    SYNONYM,
    /** Lyhenne: the term is an abbreviation; it finds its long forms and each one-word long form finds it. */
    ABBREVIATION,
    /** Hae myös: searching the term also searches the alternatives, not the other way round. */
    ALSO_SEARCH
}
