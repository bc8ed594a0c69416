package fi.ekokartta.exchange.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Resolves the parameters every HSDS endpoint shares, {@link ApiLanguage} (lang, Accept-Language),
 * {@link PageParameters} (page, per_page) and the {@link HsdsReply} (with format), so that a bad
 * value gets the same clear 400 everywhere.
 */
class HsdsArguments implements HandlerMethodArgumentResolver {

    private final Freshness freshness;
    private final JsonMapper json;

    HsdsArguments(Freshness freshness, JsonMapper json) {
        this.freshness = freshness;
        this.json = json;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return type == ApiLanguage.class || type == PageParameters.class || type == HsdsReply.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                  WebDataBinderFactory binderFactory) {
        ApiLanguage language = ApiLanguage.resolve(request.getParameter("lang"), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        if (parameter.getParameterType() == ApiLanguage.class) {
            return language;
        }
        if (parameter.getParameterType() == HsdsReply.class) {
            ServletWebRequest servlet = new ServletWebRequest(request.getNativeRequest(HttpServletRequest.class),
                    request.getNativeResponse(HttpServletResponse.class));
            return new HsdsReply(language, servlet, "ndjson".equals(request.getParameter("format")), freshness, json);
        }
        return PageParameters.of(intParameter(request, "page", 1),
                intParameter(request, "per_page", PageParameters.DEFAULT_PER_PAGE),
                request.getParameter("page") != null || request.getParameter("per_page") != null);
    }

    private static int intParameter(NativeWebRequest request, String name, int defaultValue) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadParameterException("%s must be a whole number, not '%s'".formatted(name, value));
        }
    }
}
