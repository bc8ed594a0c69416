/** The public pages of the ecosystem's roles (/roolit) and their editors' dialogs. */
package fi.ekokartta.ecosystem.ui;
