/**
 * HTTP before and around the features: requests whose parameters cannot be decoded or carry
 * control characters are refused with 400 before any feature sees them, and every error the
 * server answers itself (also before the application, e.g. an address over its length limit) gets
 * the application's own short page, or problem JSON under /api.
 */
package fi.ekokartta.base.web;
