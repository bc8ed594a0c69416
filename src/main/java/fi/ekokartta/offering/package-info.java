/**
 * Services (palvelut) of the directory: what they are, for whom, where and when, how a client
 * gets there, who provides them and who keeps them current. Named "offering" so that the word
 * service keeps its Spring meaning.
 */
package fi.ekokartta.offering;
