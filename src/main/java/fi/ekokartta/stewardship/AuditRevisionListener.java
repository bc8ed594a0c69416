package fi.ekokartta.stewardship;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Records the signed-in user, or "system" for start-up work such as the seed load. */
public class AuditRevisionListener implements RevisionListener {

    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revision) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String username = authentication == null || !authentication.isAuthenticated()
                ? SYSTEM : authentication.getName();
        ((AuditRevision) revision).setUsername(username);
    }
}
