package fi.ekokartta.offering;

/**
 * Julkaisutila. Only published services are ever shown to the public or the public API. A
 * maintainer submits a draft for review (tarkastettavana); a coordinator publishes it.
 */
public enum OfferingStatus {
    DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED
}
