/**
 * The public front door of the service map and actor directory: the front page with its search
 * box, the entry points by service class and the directory in figures.
 */
package fi.ekokartta.directory;
