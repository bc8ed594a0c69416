package fi.ekokartta.exchange.api;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves the parameters every HSDS endpoint shares, {@link ApiLanguage} (lang, Accept-Language)
 * and {@link PageParameters} (page, per_page), so that a bad value gets the same clear 400 everywhere.
 */
class HsdsArguments implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return type == ApiLanguage.class || type == PageParameters.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                  WebDataBinderFactory binderFactory) {
        if (parameter.getParameterType() == ApiLanguage.class) {
            return ApiLanguage.resolve(request.getParameter("lang"), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        }
        return PageParameters.of(intParameter(request, "page", 1),
                intParameter(request, "per_page", PageParameters.DEFAULT_PER_PAGE));
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
