package fi.ekokartta.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.Collection;

/** The principal of a signed-in session: the account plus the name to greet the user with. */
public final class SignedInUser extends User {

    private final String displayName;

    SignedInUser(String username, String passwordHash, boolean enabled,
                 Collection<? extends GrantedAuthority> authorities, String displayName) {
        super(username, passwordHash, enabled, true, true, true, authorities);
        this.displayName = displayName == null || displayName.isBlank() ? username : displayName;
    }

    public String getDisplayName() {
        return displayName;
    }
}
