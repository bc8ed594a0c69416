/**
 * The public front door of the service map and actor directory: the front page with its search
 * box, the entry points by service class and the directory in figures; and the page not found,
 * which leads back in by the same search box.
 */
package fi.ekokartta.directory;
