package fi.ekokartta.offering;

/**
 * Toistuvuus: how often a schedule repeats (RFC 5545 {@code FREQ}). HSDS 3.1 allows only these
 * two, so a schedule of another frequency could not be published and is not stored.
 */
public enum ScheduleFrequency {
    WEEKLY,
    MONTHLY
}
