/**
 * Search that learns (hakusanat ja haun aukot): searches of the search view that found nothing,
 * were refined or led to no opened service are counted per month as anonymous aggregates, and
 * coordinators add synonyms, abbreviations and "also search for" terms that the search applies
 * at once, without a restart, with the history of every change.
 */
package fi.ekokartta.search.learning;
