/**
 * Full-text search with Hibernate Search on Lucene: the mapping of the indexed entities
 * ({@link fi.ekokartta.search.SearchMapping}; the entities carry no search annotations), the
 * analyzers, the queries, and keeping the index complete.
 */
package fi.ekokartta.search;
