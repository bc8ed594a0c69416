/**
 * Web building blocks shared by the features: the client's address and the per-address rate
 * limits of anonymous use (search API and widget, report and feedback forms).
 */
package fi.ekokartta.base.web;
