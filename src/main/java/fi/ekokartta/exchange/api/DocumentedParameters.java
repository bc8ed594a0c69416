package fi.ekokartta.exchange.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.util.Map;
import java.util.TreeSet;

/**
 * Refuses, before any endpoint runs, a query parameter the served OpenAPI does not document for
 * the path and method, or a value it does not allow: a client that misspells a filter gets a 400
 * naming it instead of a silently unfiltered list.
 */
class DocumentedParameters implements HandlerInterceptor {

    private final HsdsOpenApi openApi;

    DocumentedParameters(HsdsOpenApi openApi) {
        this.openApi = openApi;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || method.getBeanType() != HsdsController.class) {
            return true;
        }
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (pattern == null || !pattern.toString().startsWith(HsdsController.ROOT)) {
            return true;
        }
        String template = pattern.toString().substring(HsdsController.ROOT.length());
        Map<String, DocumentedParameter> documented = openApi.parameters(template.isEmpty() ? "/" : template,
                request.getMethod());
        if (documented == null) {
            return true;
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            DocumentedParameter known = documented.get(parameter.getKey());
            if (known == null) {
                throw new BadParameterException("%s is not a parameter of %s %s; it takes %s".formatted(
                        parameter.getKey(), request.getMethod(), template.isEmpty() ? "/" : template,
                        documented.isEmpty() ? "none" : String.join(", ", new TreeSet<>(documented.keySet()))));
            }
            known.check(parameter.getValue());
        }
        return true;
    }
}
