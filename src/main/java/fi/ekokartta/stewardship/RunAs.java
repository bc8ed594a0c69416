package fi.ekokartta.stewardship;

import fi.ekokartta.security.AppUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.function.Supplier;

/**
 * Runs one step as a given user, so that the application services decide with her rights and
 * record her name, then puts back whoever was signed in. Only for a step a signed link has
 * authorized ({@link ReminderConfirmation}); it never signs anyone in.
 */
final class RunAs {

    private RunAs() {
    }

    static <T> T user(AppUser user, Supplier<T> step) {
        List<SimpleGrantedAuthority> authorities = List.of(new SimpleGrantedAuthority(user.getRole().authority()));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.getUsername(), null, authorities));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return step.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
