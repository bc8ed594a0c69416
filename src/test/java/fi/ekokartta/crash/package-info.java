/**
 * The crash battery's application side (run by {@code scripts/crash-battery/run.sh}, not by
 * {@code mvn verify}): the real application plus a writer that records every write the
 * application acknowledged, and a check at the next start that counts them against the database
 * and compares the search index with it.
 */
package fi.ekokartta.crash;
