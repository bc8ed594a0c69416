/**
 * HTTP before and around the features: requests whose parameters cannot be decoded or carry
 * control characters are refused with 400 before any feature sees them; every error the server
 * answers itself (also before the application, e.g. an address over its length limit) gets the
 * application's own short page, or problem JSON under /api; the client's address and the
 * per-address rate limits of anonymous use (search API and widget, report and feedback forms).
 */
package fi.ekokartta.base.web;
