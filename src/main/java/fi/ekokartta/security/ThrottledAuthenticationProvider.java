package fi.ekokartta.security;

import fi.ekokartta.base.web.ClientAddress;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks username and password against the user table, unless {@link LoginThrottle} holds the
 * username or the client back; every refused attempt counts against both. Being the only
 * authentication provider, it replaces the one Spring Boot would make from the user details
 * service; the sign-in form uses it through {@code SecurityConfiguration}.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AppUserDetailsService userDetails, PasswordEncoder passwordEncoder,
                                    LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(userDetails);
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = clientAddress(authentication);
        throttle.blockedFor(username, address).ifPresent(wait -> {
            throw new SignInThrottledException(wait);
        });
        try {
            return passwords.authenticate(authentication);
        } catch (AuthenticationException refused) {
            throttle.recordFailure(username, address);
            throw refused;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String clientAddress(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
            return details.getRemoteAddress();
        }
        return ClientAddress.current().orElse(null);
    }
}
