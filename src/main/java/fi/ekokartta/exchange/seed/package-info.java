/**
 * Seed data: an Open Referral HSDS 3.0 dataset (services, organizations, taxonomy terms) plus
 * Ekokartta's ecosystem files (roles, relationships, calendar, forums, roadmap, users, update
 * responsibilities), checked whole and loaded all or nothing into an empty database.
 */
package fi.ekokartta.exchange.seed;
