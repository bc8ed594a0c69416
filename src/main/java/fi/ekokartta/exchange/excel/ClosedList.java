package fi.ekokartta.exchange.excel;

/**
 * The lists a template's drop-downs offer. A strict list refuses other values in Excel; the
 * organization lists only warn, because an organization may be a new row of the same workbook.
 */
enum ClosedList {
    MUNICIPALITY(true),
    LANGUAGE(true),
    TARGET_GROUP(true),
    SERVICE_CLASS(true),
    ORGANIZATION(false),
    SECTOR(true),
    SERVICE_STATUS(true),
    ACCESS(true),
    CHARGE_TYPE(true);

    private final boolean strict;

    ClosedList(boolean strict) {
        this.strict = strict;
    }

    boolean isStrict() {
        return strict;
    }
}
