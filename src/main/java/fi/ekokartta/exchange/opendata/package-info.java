/**
 * Open data (avoin data): the whole published dataset for download and as a command-line mode of
 * the jar — as HSDS 3.1 JSON, one document per language (fi, sv, en), and as the HSDS tabular CSV
 * data package (Finnish texts). It is made from the same documents as the HSDS API
 * ({@link fi.ekokartta.exchange.api.PublishedDocuments}), so the two never disagree, and only
 * what the API publishes leaves through it.
 */
package fi.ekokartta.exchange.opendata;
