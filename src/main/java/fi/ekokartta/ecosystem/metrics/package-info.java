/**
 * The ecosystem in figures (issue 14): how the sectors are covered by active actors, published
 * services per top class and municipality (and where there are none), the cooperation calendar's
 * events this year, attendance in forum meetings and the state of their action items. Read-only;
 * reads actor, offering, taxonomy, area, calendar and forum, and nothing reads it but views.
 */
package fi.ekokartta.ecosystem.metrics;
