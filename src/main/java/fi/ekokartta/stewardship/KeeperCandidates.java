package fi.ekokartta.stewardship;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.security.AppUser;
import fi.ekokartta.security.UserRole;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Who may keep the entries of an organization: its active maintainers and those of the
 * organizations above it, and the active coordinators — the same rule
 * {@link Handovers#mayKeep} checks for one named user. No permission of its own: its callers check.
 */
@Component
class KeeperCandidates {

    private final KeeperRepository keeperUsers;

    KeeperCandidates(KeeperRepository keeperUsers) {
        this.keeperUsers = keeperUsers;
    }

    /** The users who may keep the organization's entries, each once, in no particular order. */
    List<AppUser> of(Actor organization) {
        Set<UUID> chain = Handovers.chain(organization).stream().map(Actor::getId).collect(Collectors.toSet());
        List<AppUser> found = new ArrayList<>(keeperUsers.findEnabledByRoleInOrganizations(UserRole.MAINTAINER, chain));
        found.addAll(keeperUsers.findEnabledByRole(UserRole.COORDINATOR));
        return found.stream().distinct().toList();
    }
}
