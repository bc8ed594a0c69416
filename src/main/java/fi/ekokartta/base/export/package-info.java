/**
 * Lists as files a coordinator opens in a spreadsheet (Excel or CSV), used by every management
 * list's download links.
 */
package fi.ekokartta.base.export;
