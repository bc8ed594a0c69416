package fi.ekokartta.security;

/** What a signed-in user may do; anonymous visitors have no role and see public content only. */
public enum UserRole {
    ADMIN, COORDINATOR, MAINTAINER, COUNSELLOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
