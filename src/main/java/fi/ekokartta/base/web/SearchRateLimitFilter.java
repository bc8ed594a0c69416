package fi.ekokartta.base.web;

import com.vaadin.flow.i18n.I18NProvider;
import fi.ekokartta.base.i18n.Language;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Refuses requests to the HSDS API and the widget beyond the client's rate limit with 429 and
 * Retry-After: problem JSON for the API, a short page in the reader's language for the widget.
 */
@Component
class SearchRateLimitFilter extends OncePerRequestFilter {

    /**
     * The public APIs' roots; their paths are each root and everything under it: the HSDS API,
     * the PTV export (made on each request) and the open-data files.
     */
    private static final List<String> APIS = List.of("/api/hsds", "/api/ptv", "/api/avoin-data");
    private static final String WIDGET = "/upota";

    private final RateLimits limits;
    private final I18NProvider translations;

    SearchRateLimitFilter(RateLimits limits, I18NProvider translations) {
        this.limits = limits;
        this.translations = translations;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = pathOf(request);
        return !isApi(path) && !path.equals(WIDGET);
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** A bare root ({@code /api/hsds}, the API's index) counts as much as any path under it. */
    static boolean isApi(String path) {
        return APIS.stream().anyMatch(api -> path.equals(api) || path.startsWith(api + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RateLimiter.Decision decision = limits.takeSearch(request.getRemoteAddr());
        if (decision.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (isApi(pathOf(request))) {
            response.setContentType("application/problem+json");
            response.getWriter().write("""
                    {"type":"about:blank","title":"Too Many Requests","status":429,\
                    "detail":"Too many requests from this address; try again in %d s (see the Retry-After header)"}"""
                    .formatted(decision.retryAfterSeconds()));
        } else {
            Language language = Language.fromCode(request.getParameter("lang")).orElse(Language.DEFAULT);
            String message = translations.getTranslation("ratelimit.search", language.locale(), decision.retryAfterSeconds());
            response.setContentType("text/html");
            response.getWriter().write("<!DOCTYPE html><html lang=\"" + language.code() + "\"><head><meta charset=\"utf-8\">"
                    + "<title>Ekokartta</title></head><body><main><p role=\"alert\">" + HtmlUtils.htmlEscape(message)
                    + "</p></main></body></html>");
        }
    }
}
