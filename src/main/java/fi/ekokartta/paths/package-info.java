/**
 * Palvelupolut (issue 14): ordered collections of services a coordinator curates, with a short
 * explanatory text at each step, published as a page, a PDF and an embeddable widget. Only
 * published services are shown; an archived service drops out of every path, and its keepers
 * are told ({@link fi.ekokartta.paths.ArchivedServiceNotice}). Depends on offering, actor,
 * security and stewardship, never the other way round.
 */
package fi.ekokartta.paths;
