package fi.ekokartta.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fi.ekokartta.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

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

    /** The embeddable widget: the only page other sites may show in a frame. */
    static final String EMBED_PATH = "/upota";

    private static final String[] PUBLIC_PATHS = {
            "/api/**", EMBED_PATH,
            "/actuator/health", "/actuator/health/**",
            "/styles/**", "/images/**", "/icons/**", "/favicon.ico",
    };

    /**
     * Security headers are written before a request is handled, not when its response is
     * committed: Vaadin's pages (the front page, search, login) went out without them otherwise.
     */
    private static final ObjectPostProcessor<HeaderWriterFilter> WRITE_HEADERS_FIRST = new ObjectPostProcessor<>() {
        @Override
        public <O extends HeaderWriterFilter> O postProcess(O filter) {
            filter.setShouldWriteHeadersEagerly(true);
            return filter;
        }
    };

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PATHS).permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
        RequestMatcher embed = PathPatternRequestMatcher.withDefaults().matcher(EMBED_PATH);
        RequestMatcher rest = new NegatedRequestMatcher(embed);
        http.headers(headers -> headers
                .withObjectPostProcessor(WRITE_HEADERS_FIRST)
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::disable)
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(rest,
                        new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(rest,
                        new StaticHeadersWriter("Content-Security-Policy", "frame-ancestors 'none'")))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(embed,
                        new StaticHeadersWriter("Content-Security-Policy", "frame-ancestors *"))));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }
}
