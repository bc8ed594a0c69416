package fi.ekokartta.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fi.ekokartta.security.ui.LoginView;
import jakarta.servlet.DispatcherType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;

/**
 * Who may reach what over HTTP. Views decide themselves by their access annotations
 * ({@code @AnonymousAllowed}, {@code @RolesAllowed}); here the rest: the read API, the client's
 * handout PDF, health checks and static files are open to everyone, and the API takes no CSRF
 * token because it only reads and is called by other systems without a session. The sign-in form
 * does need one. Error pages are shown to everyone (a refused request gets its 403, not a detour
 * to the login). Unsigned visitors of a protected view are taken to the login view within the
 * page, and back to the view after signing in. Any other address (no view, no API, no file) goes
 * on to Vaadin's router, which answers it with the application's 404 page, not with a detour to
 * the login: the views still decide for themselves. The headers are {@link SecurityHeaders}.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    static final String LOGIN_PATH = "/login";
    /** The client's handout as a PDF: public, as its page is, to whoever holds the list's token. */
    static final String HANDOUT_PDF_PATH = "/palvelulista/*.pdf";
    /** A published service path as a PDF (issue 14): public, as its page is. */
    static final String PATH_PDF_PATH = "/polut/*.pdf";

    /** The vuosikello's iCalendar feed and one event's file (calendar/web): public, staff also get internal events. */
    static final String CALENDAR_FEED_PATH = "/kalenteri.ics";
    static final String CALENDAR_EVENT_FILE_PATH = "/kalenteri/*.ics";

    /** The route of stewardship/ui/SignedInLanding, named here so that security imports no view of another feature. */
    static final String SIGNED_IN_LANDING = "kirjautunut";

    private static final String[] PUBLIC_PATHS = {
            "/api/**", SecurityHeaders.EMBED_PATH, SecurityHeaders.PATH_EMBED_PATH, HANDOUT_PDF_PATH, PATH_PDF_PATH,
            CALENDAR_FEED_PATH, CALENDAR_EVENT_FILE_PATH,
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
    SecurityFilterChain securityFilterChain(HttpSecurity http, ThrottledAuthenticationProvider signIn,
                                            ApplicationEventPublisher events, AuditLog auditLog) throws Exception {
        CsrfRefusalAudit csrfRefusals = new CsrfRefusalAudit(auditLog);
        http.authenticationManager(signInManager(signIn, events));
        http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PATHS).permitAll()
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
        http.headers(headers -> SecurityHeaders.apply(headers.withObjectPostProcessor(WRITE_HEADERS_FIRST)));
        http.addFilterBefore(csrfRefusals.beforeChecks(), CsrfFilter.class);
        http.addFilterBefore(new LoginCsrfCheck(LOGIN_PATH), UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(csrfRefusals.afterChecks(), UsernamePasswordAuthenticationFilter.class);
        // A sign-in that asked for no page lands on /kirjautunut, which sends keepers to their
        // management front page and everyone else to the public one (stewardship/ui/SignedInLanding).
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .defaultSuccessUrl("/" + SIGNED_IN_LANDING)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::permitAll));
        return http.build();
    }

    /**
     * The sign-in form's only way to authenticate, given explicitly so that every attempt goes
     * through the throttle exactly once; its events (success, failure) feed the audit log.
     */
    private static AuthenticationManager signInManager(ThrottledAuthenticationProvider signIn,
                                                       ApplicationEventPublisher events) {
        ProviderManager manager = new ProviderManager(signIn);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }
}
