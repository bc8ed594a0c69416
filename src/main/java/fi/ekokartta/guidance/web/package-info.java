/**
 * The guidance feature over plain HTTP: the client's handout as a PDF file, answered beside the
 * handout page without Vaadin.
 */
package fi.ekokartta.guidance.web;
