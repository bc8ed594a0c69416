/**
 * The Excel template coordinators send to actors, and reading a filled one back: organizations and
 * services with fi/sv/en texts in columns and drop-downs for the closed lists, turned into the named
 * HSDS JSON files the import reads (docs/exchange-excel.md).
 */
package fi.ekokartta.exchange.excel;
