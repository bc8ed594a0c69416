/**
 * Toimijoiden itsearviointi (issue 14): a yearly round of self-assessments — questions, rounds,
 * invitations by signed e-mail link, responses with proposed corrections to roles, relationships
 * and contacts, their review, and the summary figures.
 */
package fi.ekokartta.assessment;
