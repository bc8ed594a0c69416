package fi.ekokartta.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Puts sign-ins, refused and held-back sign-ins and sign-outs in the audit log. A refused
 * sign-in names the username only when such an account exists: what people type in the username
 * field is sometimes their password.
 */
@Component
class SignInAuditListener {

    private final AuditLog auditLog;
    private final AppUserRepository users;

    SignInAuditListener(AuditLog auditLog, AppUserRepository users) {
        this.auditLog = auditLog;
        this.users = users;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        auditLog.recordAs(authentication.getName(), AuditAction.SIGN_IN, null, address(authentication));
    }

    @EventListener
    void refused(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        String username = users.existsByUsername(attempt.getName()) ? attempt.getName() : null;
        AuditAction action = event.getException() instanceof SignInThrottledException
                ? AuditAction.SIGN_IN_THROTTLED : AuditAction.SIGN_IN_FAILED;
        auditLog.recordAs(username, action, null, address(attempt));
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        auditLog.recordAs(authentication.getName(), AuditAction.SIGN_OUT, null, address(authentication));
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }
}
