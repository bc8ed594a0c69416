package fi.ekokartta.offering;

/** Ohjautuminen: how a client gets to a service. */
public enum AccessMode {
    SELF_REFERRAL, REFERRAL, BOTH
}
