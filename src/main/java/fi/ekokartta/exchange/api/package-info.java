/**
 * The public, read-only Open Referral HSDS 3.1 API under {@code /api/hsds/} (3.0 clients keep
 * working): the API meta information, published services, organizations (actors), taxonomies,
 * taxonomy terms and service_at_locations (the channels of services) as the official HSDS
 * documents, in the list forms and compiled forms the HSDS OpenAPI names, paged or streamed as
 * ndjson, in Finnish or, where translated, in Swedish or English. The OpenAPI document it serves
 * (api/hsds-openapi.json) is also its rulebook: a query parameter it does not list is refused.
 * It follows the same HSDS conventions as the seed format (seed-data/README.md): keywords,
 * classes, target groups and Ekokartta's own fields are attributes, municipalities are service
 * areas, channels are phones, e-mail, url, additional_urls and service_at_locations. Drafts,
 * archived services, referral instructions, internal notes and staff-only contacts never leave
 * through it. Where HSDS requires a text Ekokartta does not have (a term's description, an
 * address's state_province), it gets an empty string. docs/exchange-api.md describes it.
 */
package fi.ekokartta.exchange.api;
