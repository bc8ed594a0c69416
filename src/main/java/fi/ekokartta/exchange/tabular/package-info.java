/**
 * The HSDS tabular form: the official HSDS 3.1 CSV data package (one CSV file per object type and
 * a Frictionless {@code datapackage.json}), written from and read back into compiled HSDS JSON
 * documents. The table layout comes from the official 3.1 schemas (resources {@code hsds/3.1/schema/}):
 * scalar properties are columns, {@code $ref} properties are links between the tables, as in the
 * official {@code examples/csv/}. Reading is strict (UTF-8, proper CSV, size limits) and refuses a
 * malformed package with a translatable {@link fi.ekokartta.exchange.tabular.TabularFormatException}.
 */
package fi.ekokartta.exchange.tabular;
