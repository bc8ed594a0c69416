/**
 * The service taxonomy (palveluluokittelu) with its PTV mapping, and the target groups
 * (kohderyhmät) services are meant for.
 */
package fi.ekokartta.taxonomy;
