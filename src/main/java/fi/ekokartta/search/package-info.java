/**
 * Full-text search with Hibernate Search on Lucene: the analyzers, and keeping the index complete.
 */
package fi.ekokartta.search;
