/**
 * Data exchange: Open Referral HSDS 3.0 in and out — the seed loader and the public read API.
 */
package fi.ekokartta.exchange;
