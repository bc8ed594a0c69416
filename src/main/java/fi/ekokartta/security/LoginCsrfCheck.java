package fi.ekokartta.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Requires the CSRF token on the sign-in form's POST. Vaadin's security configurer exempts its
 * login page from CSRF protection, so a bare POST from any site could sign a browser in (login
 * CSRF); Vaadin's login form sends the token from the page's {@code _csrf} meta tags, so
 * nothing is lost by checking it. The token is the session's, the same as the main check's.
 */
class LoginCsrfCheck extends OncePerRequestFilter {

    private final RequestMatcher loginPost;
    private final CsrfFilter check;

    LoginCsrfCheck(String loginPath) {
        loginPost = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, loginPath);
        check = new CsrfFilter(new HttpSessionCsrfTokenRepository());
        check.setRequireCsrfProtectionMatcher(loginPost);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !loginPost.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        check.doFilter(request, response, chain);
    }
}
