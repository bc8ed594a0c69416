package fi.ekokartta.offering;

/** Julkaisutila. Only published services are ever shown to the public or the public API. */
public enum OfferingStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
