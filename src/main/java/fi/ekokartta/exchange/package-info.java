/**
 * Data exchange: Open Referral HSDS in and out — the import pipeline (and the seed loader that runs it first), and the public read API.
 */
package fi.ekokartta.exchange;
