package fi.ekokartta.base.web;

import fi.ekokartta.base.domain.ForbiddenCharacters;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses with 400 a request whose parameters cannot be decoded (broken percent-escapes, bytes
 * that are not UTF-8) or carry control characters. Without it the server's decoder fails only
 * when a view or controller first reads a parameter, and that became a 500. Multipart bodies are
 * left to whoever reads them.
 */
class RequestParameterCheck extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> problem = problem(request);
        if (problem.isPresent()) {
            ErrorAnswer.write(response, request.getRequestURI(), HttpServletResponse.SC_BAD_REQUEST,
                    ErrorAnswer.Reason.BAD_REQUEST, problem.get());
            return;
        }
        chain.doFilter(request, response);
    }

    private static Optional<String> problem(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return Optional.empty();
        }
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (IllegalStateException undecodable) {
            String name = StrictQueryDecoding.firstUndecodable(request.getQueryString()).orElse("the form data");
            return Optional.of(name + " is not valid percent-encoded UTF-8");
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (ForbiddenCharacters.containsAny(parameter.getKey())) {
                return Optional.of("a parameter name contains a control character");
            }
            for (String value : parameter.getValue()) {
                if (ForbiddenCharacters.containsAny(value)) {
                    return Optional.of(parameter.getKey() + " contains a control character such as NUL");
                }
            }
        }
        return Optional.empty();
    }
}
