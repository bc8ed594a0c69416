package fi.ekokartta.search.learning;

/** Published when a search term changed, so that the search applies the change once it is committed. */
record SearchTermsChanged() {
}
