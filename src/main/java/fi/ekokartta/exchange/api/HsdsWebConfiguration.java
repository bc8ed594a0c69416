package fi.ekokartta.exchange.api;

import fi.ekokartta.security.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * Web set-up of the HSDS API: its shared arguments, the check of every request against the served
 * description, CORS for reading from any web page (GET, no credentials), and its own security
 * filter chain. The API is public and read-only, so it needs no login, no session and no CSRF
 * token (but the same security headers as every answer); the chain matches only /api/hsds/** and
 * the description's browsable UI, and comes first, leaving every other path to the application's
 * main chain.
 */
@Configuration(proxyBeanMethods = false)
class HsdsWebConfiguration implements WebMvcConfigurer {

    static final String API_PATHS = "/api/hsds/**";
    /** The browsable UI of the description (springdoc's Swagger UI), as public and read-only as the API. */
    static final String[] OPENAPI_UI_PATHS = {"/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/swagger-config"};

    private final Freshness freshness;
    private final JsonMapper json;
    private final HsdsOpenApi openApi;

    HsdsWebConfiguration(Freshness freshness, JsonMapper json, HsdsOpenApi openApi) {
        this.freshness = freshness;
        this.json = json;
        this.openApi = openApi;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HsdsArguments(freshness, json));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new DocumentedParameters(openApi)).addPathPatterns(HsdsController.ROOT, API_PATHS);
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping(API_PATHS)
                .allowedOrigins("*")
                .allowedMethods("GET")
                .allowCredentials(false)
                .exposedHeaders(HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED, HttpHeaders.CONTENT_LANGUAGE,
                        HttpHeaders.RETRY_AFTER);
    }

    @Bean
    @Order(1)
    SecurityFilterChain hsdsApiSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher(HsdsController.ROOT, API_PATHS, OPENAPI_UI_PATHS[0], OPENAPI_UI_PATHS[1],
                        OPENAPI_UI_PATHS[2])
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .headers(SecurityHeaders::apply)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }
}
