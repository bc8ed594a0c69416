package fi.ekokartta.exchange.api;

/** The form of the items of a service list: HSDS service_list (the default), compiled service (full=true), or minimal. */
enum ServiceForm {
    LIST, FULL, MINIMAL;

    static ServiceForm of(boolean full, boolean minimal) {
        if (full && minimal) {
            throw new BadParameterException("full and minimal cannot both be true");
        }
        return full ? FULL : minimal ? MINIMAL : LIST;
    }
}
