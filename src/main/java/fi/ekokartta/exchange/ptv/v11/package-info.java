/**
 * The PTV open API v11 shape: {@link fi.ekokartta.exchange.ptv.v11.PtvV11Reader} turns v11
 * organizations, services and service channels into HSDS named files with a dropped-field report,
 * {@link fi.ekokartta.exchange.ptv.v11.PtvV11ServiceWriter} writes our services as v11 service
 * In documents, and {@code GET /api/ptv/v11/services?municipality=} serves them. Codes are
 * translated only through {@link fi.ekokartta.exchange.ptv.PtvMapping}.
 */
package fi.ekokartta.exchange.ptv.v11;
