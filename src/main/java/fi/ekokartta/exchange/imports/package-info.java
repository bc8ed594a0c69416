/**
 * The HSDS import pipeline: a set of named HSDS 3.0/3.1 JSON documents (a folder, uploads, a
 * zip) is read and validated into an in-memory graph, planned against what is stored (a dry-run
 * report with one row per object, its outcome and every field dropped, and possible duplicates),
 * and applied all or nothing in one transaction, matched by id. The seed's hsds/ part and the
 * command-line mode {@code --ekokartta.import} run through it; readers of other formats (CSV
 * datapackage, Excel, PTV) hand it the same kind of document set.
 */
package fi.ekokartta.exchange.imports;
