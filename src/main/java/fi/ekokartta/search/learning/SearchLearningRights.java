package fi.ekokartta.search.learning;

import fi.ekokartta.security.CurrentUser;
import fi.ekokartta.security.UserRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see the search gaps and change the search terms: coordinators, who keep the directory's
 * words, and administrators, who answer for the service as a whole. Refusals are logged with who
 * and what.
 */
@Component
class SearchLearningRights {

    private static final Logger LOG = LoggerFactory.getLogger(SearchLearningRights.class);

    private final CurrentUser currentUser;

    SearchLearningRights(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    boolean mayManage() {
        return currentUser.hasAnyRole(UserRole.COORDINATOR, UserRole.ADMIN);
    }

    void require(String operation) {
        if (!mayManage()) {
            LOG.warn("Refused: {} by {}", operation, currentUser.username().orElse("anonymous"));
            throw new AccessDeniedException("Not allowed to " + operation);
        }
    }

    String username() {
        return currentUser.username().orElse("system");
    }
}
