/**
 * Exchange with Suomi.fi Palvelutietovaranto (PTV, the Finnish Service Catalogue). {@link
 * fi.ekokartta.exchange.ptv.PtvMapping} holds every code translation (service classes,
 * target groups, municipalities, languages, charge type, status); each PTV API shape has a
 * sub-package ({@code v11}) with a reader that turns PTV open-API JSON into the HSDS named-file set
 * the import pipeline reads, and a writer that turns our HSDS service documents into the shape a
 * municipality sends to PTV. See docs/exchange-ptv.md.
 */
package fi.ekokartta.exchange.ptv;
