package fi.ekokartta.stewardship;

import fi.ekokartta.security.AppUser;
import fi.ekokartta.security.UserRole;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The users who keep entries current, as päivitysvastuu needs to find them. */
interface KeeperRepository extends Repository<AppUser, UUID> {

    /** Active users of a role in any of the organizations. */
    @Query("""
            select distinct u from AppUser u join u.organizations o
            where u.enabled = true and u.role = :role and o.id in :organizationIds""")
    List<AppUser> findEnabledByRoleInOrganizations(UserRole role, Collection<UUID> organizationIds);

    /** Active users of a role. */
    @Query("select u from AppUser u where u.enabled = true and u.role = :role")
    List<AppUser> findEnabledByRole(UserRole role);
}
