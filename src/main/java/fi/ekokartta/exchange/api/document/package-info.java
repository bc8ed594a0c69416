/**
 * The Open Referral HSDS 3.0 documents the public API returns, as records named after the HSDS
 * objects (service, organization, taxonomy_term, ...). Field names are the HSDS snake_case names;
 * absent values are left out rather than written as null, because the official schemas give most
 * fields a single non-null type.
 */
package fi.ekokartta.exchange.api.document;
