/**
 * The annual cooperation calendar (vuosikello): forums, steering groups, network meetings,
 * trainings, recruitment events and deadlines, recurring year after year.
 */
package fi.ekokartta.calendar;
