/**
 * The OpenAPI description of Ekokartta's exchange endpoints that are not HSDS
 * ({@code /api/ptv/v11/...}, {@code /api/avoin-data/...}), served at
 * {@code /api/ekokartta-openapi.json} beside the HSDS API's own description (which stays the HSDS
 * contract), and shown as a second definition in the Swagger UI.
 */
package fi.ekokartta.exchange.openapi;
