package fi.ekokartta.stewardship;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.UpdateResponsibility;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.security.AppUser;
import fi.ekokartta.security.UserRole;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who is told by e-mail about a service (its validity ending, its leaving a service path): the
 * service's named responsible address; else its keeper's; else the active maintainers of the
 * responsible organization or an organization above it (those who may change the service).
 */
@Component
@Transactional(readOnly = true)
public class ServiceMailRecipients {

    private final EntryKeeperRepository keepers;
    private final KeeperRepository users;

    ServiceMailRecipients(EntryKeeperRepository keepers, KeeperRepository users) {
        this.keepers = keepers;
        this.users = users;
    }

    public List<String> of(Offering offering) {
        UpdateResponsibility responsibility = offering.getResponsibility();
        if (hasText(responsibility.getResponsibleEmail())) {
            return List.of(responsibility.getResponsibleEmail().strip());
        }
        AppUser user = keepers.findByServiceId(offering.getId()).map(EntryKeeper::getUser).orElse(null);
        if (user != null && user.isEnabled() && hasText(user.getEmail())) {
            return List.of(user.getEmail().strip());
        }
        Set<UUID> organizations = new LinkedHashSet<>();
        for (Actor actor = responsibility.getResponsibleActor(); actor != null && organizations.add(actor.getId());
             actor = actor.getParent()) {
            // up through the parents
        }
        if (organizations.isEmpty()) {
            return List.of();
        }
        List<String> addresses = new ArrayList<>();
        for (AppUser maintainer : users.findEnabledByRoleInOrganizations(UserRole.MAINTAINER, organizations)) {
            if (hasText(maintainer.getEmail()) && !addresses.contains(maintainer.getEmail().strip())) {
                addresses.add(maintainer.getEmail().strip());
            }
        }
        return addresses;
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
