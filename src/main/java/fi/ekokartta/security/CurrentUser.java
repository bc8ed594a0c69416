package fi.ekokartta.security;

import fi.ekokartta.actor.Actor;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The user behind the current request or UI session, for application services (which make every
 * authorization decision) and for views that greet the user. Anonymous visitors are not signed
 * in and have no role.
 */
@Service
public class CurrentUser {

    private final AppUserRepository users;

    CurrentUser(AppUserRepository users) {
        this.users = users;
    }

    public boolean isSignedIn() {
        return authentication().isPresent();
    }

    public Optional<String> username() {
        return authentication().map(Authentication::getName);
    }

    /** The name to show, or the username for accounts without one. */
    public Optional<String> displayName() {
        return authentication().map(authentication -> authentication.getPrincipal() instanceof SignedInUser user
                ? user.getDisplayName() : authentication.getName());
    }

    public boolean hasRole(UserRole role) {
        return authentication().stream()
                .flatMap(authentication -> authentication.getAuthorities().stream())
                .map(GrantedAuthority::getAuthority)
                .anyMatch(role.authority()::equals);
    }

    public boolean hasAnyRole(UserRole... roles) {
        for (UserRole role : roles) {
            if (hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    /** The organizations (actors) the user keeps entries current for; empty when not signed in. */
    @Transactional(readOnly = true)
    public Set<UUID> organizationIds() {
        return username().flatMap(users::findByUsername)
                .map(user -> user.getOrganizations().stream().map(Actor::getId).collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }

    private static Optional<Authentication> authentication() {
        return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
                .filter(Authentication::isAuthenticated)
                .filter(authentication -> !(authentication instanceof AnonymousAuthenticationToken));
    }
}
