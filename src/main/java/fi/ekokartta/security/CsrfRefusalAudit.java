package fi.ekokartta.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Set;

/**
 * Writes a line in the audit log for every request the CSRF checks refuse (Spring Security's
 * check and {@link LoginCsrfCheck}): a 403 answered before the request got past them. Two filters
 * around the checks: the one before watches the status of requests that need a token, the one
 * after marks the requests that passed, so a 403 given later (a view the user may not open) is
 * not taken for a CSRF refusal. The line names the method and the path, never the query or the body.
 */
final class CsrfRefusalAudit {

    private static final String PASSED = CsrfRefusalAudit.class.getName() + ".passed";
    /** Methods the CSRF checks let through without a token. */
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "TRACE", "OPTIONS");

    private final AuditLog auditLog;

    CsrfRefusalAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    /** Goes before the CSRF checks. */
    Filter beforeChecks() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return SAFE_METHODS.contains(request.getMethod());
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(request, new Watched(request, response));
            }
        };
    }

    /** Goes after the CSRF checks. */
    Filter afterChecks() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                request.setAttribute(PASSED, Boolean.TRUE);
                chain.doFilter(request, response);
            }
        };
    }

    private final class Watched extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private boolean recorded;

        Watched(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            check(status);
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            check(status);
            super.sendError(status);
        }

        @Override
        public void setStatus(int status) {
            check(status);
            super.setStatus(status);
        }

        private void check(int status) {
            if (status == HttpServletResponse.SC_FORBIDDEN && !recorded && request.getAttribute(PASSED) == null) {
                recorded = true;
                auditLog.record(AuditAction.CSRF_REFUSED, request.getMethod() + " " + request.getRequestURI());
            }
        }
    }
}
