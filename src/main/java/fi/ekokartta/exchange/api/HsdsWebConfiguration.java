package fi.ekokartta.exchange.api;

import fi.ekokartta.security.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * Web set-up of the HSDS API: its shared arguments, and its own security filter chain. The API is
 * public and read-only, so it needs no login, no session and no CSRF token (but the same security headers as every answer); the chain matches only
 * /api/hsds/** and comes first, leaving every other path to the application's main chain.
 */
@Configuration(proxyBeanMethods = false)
class HsdsWebConfiguration implements WebMvcConfigurer {

    static final String API_PATHS = "/api/hsds/**";

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HsdsArguments());
    }

    @Bean
    @Order(1)
    SecurityFilterChain hsdsApiSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher(API_PATHS)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .headers(SecurityHeaders::apply)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }
}
