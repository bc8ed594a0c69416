package fi.ekokartta.stewardship;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.security.CurrentUser;
import fi.ekokartta.security.UserRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The rule of päivitysvastuu shared by the editing services of every kind of entry: coordinators
 * change everything; a maintainer changes the entries whose responsible actor is one of her
 * organizations or a unit under one (through the actors' parents); an entry with no responsible
 * actor is the coordinators'. Administrators manage user accounts, not content (DOMAIN.md: "user
 * accounts and access rights"), so they, counsellors and anonymous visitors change nothing.
 * Refusals are logged with who, what and which entry, never with contact details.
 */
@Component
public class EditingRights {

    private static final Logger log = LoggerFactory.getLogger(EditingRights.class);

    private final CurrentUser currentUser;

    EditingRights(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public boolean isCoordinator() {
        return currentUser.hasRole(UserRole.COORDINATOR);
    }

    public boolean isMaintainer() {
        return currentUser.hasRole(UserRole.MAINTAINER);
    }

    /** Whether the user may change an entry kept current by the responsible actor. */
    public boolean keepsCurrent(Actor responsible) {
        if (isCoordinator()) {
            return true;
        }
        if (responsible == null || !currentUser.hasRole(UserRole.MAINTAINER)) {
            return false;
        }
        Set<UUID> organizations = currentUser.organizationIds();
        Set<UUID> seen = new HashSet<>();
        for (Actor actor = responsible; actor != null && seen.add(actor.getId()); actor = actor.getParent()) {
            if (organizations.contains(actor.getId())) {
                return true;
            }
        }
        return false;
    }

    /** The refusal to throw, logged. */
    public AccessDeniedException refused(String operation, UUID entryId) {
        String who = currentUser.username().orElse("anonymous");
        log.warn("Refused: {} of entry {} by {}", operation, entryId, who);
        return new AccessDeniedException("Not allowed to " + operation + " " + entryId);
    }
}
