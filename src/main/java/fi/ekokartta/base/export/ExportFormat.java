package fi.ekokartta.base.export;

/** The file a management list is exported as. */
public enum ExportFormat {
    /** Excel (.xlsx), dates as dates. */
    EXCEL,
    /** UTF-8 with a byte order mark and semicolons, as Finnish Excel opens it. */
    CSV
}
