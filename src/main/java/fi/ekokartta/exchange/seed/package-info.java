/**
 * Seed data: an Open Referral HSDS dataset (hsds/, read by the import pipeline as its first run)
 * plus Ekokartta's ecosystem files (roles, relationships, calendar, forums, roadmap, users, update
 * responsibilities), checked whole and loaded all or nothing into an empty database.
 */
package fi.ekokartta.exchange.seed;
