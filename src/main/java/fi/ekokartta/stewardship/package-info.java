/**
 * Stewardship: update responsibilities (päivitysvastuut), review intervals and the change
 * history of every entry (who changed what and when).
 */
package fi.ekokartta.stewardship;
