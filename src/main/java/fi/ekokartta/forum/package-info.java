/**
 * Forums (foorumit) and their meetings: agenda, participating actors and attendance, minutes,
 * decisions and action items.
 */
package fi.ekokartta.forum;
