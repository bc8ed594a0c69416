package fi.ekokartta.security;

/** What an {@link AuditEvent} records; the UI names each with {@code audit.action.<name>}. */
public enum AuditAction {
    SIGN_IN, SIGN_IN_FAILED, SIGN_IN_THROTTLED, SIGN_OUT, ACCESS_DENIED, CSRF_REFUSED,
    USER_CREATED, USER_CHANGED, USER_DEACTIVATED, USER_REACTIVATED,
    PASSWORD_LINK_CREATED, PASSWORD_SET, PASSWORD_CHANGED,
    SERVICE_EXPIRED_ARCHIVED, ENTRY_REASSURED
}
