package fi.ekokartta.exchange.api;

/**
 * The form of an organization: organization_list in lists (the default); with its published
 * services nested in short form (full=true, and always for a single organization), or nested in
 * full (full_service=true).
 */
enum OrganizationForm {
    LIST, WITH_SERVICES, WITH_FULL_SERVICES;

    static OrganizationForm of(boolean full, boolean fullService) {
        return fullService ? WITH_FULL_SERVICES : full ? WITH_SERVICES : LIST;
    }
}
