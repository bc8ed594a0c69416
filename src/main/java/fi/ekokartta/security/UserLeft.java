package fi.ekokartta.security;

import java.util.Set;
import java.util.UUID;

/**
 * A user stopped keeping entries of some organizations: she was deactivated, removed from
 * organizations, or her role no longer keeps entries. Published inside the transaction that made
 * the change, so whatever listens (stewardship hands her entries over) commits or fails with it.
 *
 * @param organizationsLeft the organizations she no longer keeps; all of hers when deactivated
 */
public record UserLeft(UUID userId, Set<UUID> organizationsLeft, Why why) {

    public enum Why {
        DEACTIVATED, LEFT_ORGANIZATION, ROLE_CHANGED
    }

    public UserLeft {
        organizationsLeft = Set.copyOf(organizationsLeft);
    }
}
