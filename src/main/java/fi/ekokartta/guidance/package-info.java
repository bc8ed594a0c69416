/**
 * Ohjaus: the counsellor's guidance shortlist — services picked for a client during guidance,
 * compared, ordered and annotated, then printed or shared as a read-only public list that expires.
 */
package fi.ekokartta.guidance;
