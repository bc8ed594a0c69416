/** The coordinators' page of search gaps and search terms, /hallinta/haku. */
package fi.ekokartta.search.learning.ui;
