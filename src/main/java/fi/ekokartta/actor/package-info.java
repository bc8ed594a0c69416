/**
 * Actors (toimijat): the organizations and units of the employment ecosystem, with their sector,
 * Business ID, parent, municipalities served and contacts.
 */
package fi.ekokartta.actor;
