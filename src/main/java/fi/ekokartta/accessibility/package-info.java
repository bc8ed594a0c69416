/** Saavutettavuus: the accessibility statement and the feedback visitors send about it. */
package fi.ekokartta.accessibility;
