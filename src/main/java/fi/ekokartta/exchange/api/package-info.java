/**
 * The public, read-only Open Referral HSDS 3.0 API under {@code /api/hsds/}: published services,
 * organizations (actors), taxonomies and taxonomy terms as the official compiled HSDS documents,
 * paged, in Finnish or, where translated, in Swedish or English. It follows the same HSDS
 * conventions as the seed format (seed-data/README.md): keywords, classes, target groups and
 * Ekokartta's own fields are attributes, municipalities are service areas, channels are phones,
 * e-mail, url and service_at_locations. Drafts, archived services, referral instructions, internal
 * notes and staff-only contacts never leave through it. Where HSDS requires a text Ekokartta does
 * not have (a term's description, an address's state_province), it gets an empty string.
 */
package fi.ekokartta.exchange.api;
