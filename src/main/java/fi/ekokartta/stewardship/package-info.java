/**
 * Stewardship: update responsibilities (päivitysvastuut), review intervals, the weekly reminders
 * (muistutukset) of due reviews and the change history of every entry (who changed what and when).
 */
package fi.ekokartta.stewardship;
