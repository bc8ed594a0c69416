/**
 * Ohjaus: the counsellor's guidance shortlist — services picked for a client during guidance,
 * compared, ordered and annotated, then printed or shared as a read-only public list that expires:
 * the client's handout, in the client's language and with the offices of her municipality, as a
 * web page and as a PDF file.
 */
package fi.ekokartta.guidance;
