/**
 * Areas: the municipalities (Statistics Finland codes) that services and actors serve, and which
 * of them form this employment area.
 */
package fi.ekokartta.area;
