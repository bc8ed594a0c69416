package fi.ekokartta.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fi.ekokartta.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may reach what over HTTP. Views decide themselves by their access annotations
 * ({@code @AnonymousAllowed}, {@code @RolesAllowed}); here the rest: the read API, health checks
 * and static files are open to everyone, and the API takes no CSRF token because it only reads
 * and is called by other systems without a session. Unsigned visitors of a protected view are
 * taken to the login view within the page, and back to the view after signing in.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    private static final String[] PUBLIC_PATHS = {
            "/api/**",
            "/actuator/health", "/actuator/health/**",
            "/styles/**", "/images/**", "/icons/**", "/favicon.ico",
    };

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PATHS).permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }
}
