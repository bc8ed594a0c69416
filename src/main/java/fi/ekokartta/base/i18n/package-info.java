/**
 * Languages of the interface (Finnish by default, Swedish, English): the resource bundles under
 * {@code vaadin-i18n/}, the {@code ?lang=} switch remembered in the session and a cookie, and
 * Finnish date formats.
 */
package fi.ekokartta.base.i18n;
