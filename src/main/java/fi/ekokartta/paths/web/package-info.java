/** The service paths outside Vaadin: the PDF file and the embeddable widget (plain HTML, no script). */
package fi.ekokartta.paths.web;
