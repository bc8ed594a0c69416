package fi.ekokartta.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The security headers of every answer, pages, static files and the API alike: a Content Security
 * Policy, no framing except the embeddable widget, the referrer cut to our origin for other sites,
 * HSTS on HTTPS (Spring Security's default), and one cache policy: static files say how long they
 * may be kept (Vaadin's static file server: an hour, no-cache in development mode), everything
 * else {@code no-store}, without the HTTP/1.0 {@code Pragma} and {@code Expires} that Spring
 * Security would add.
 */
public final class SecurityHeaders {

    /** The embeddable widget: the only page other sites may show in a frame. */
    static final String EMBED_PATH = "/upota";
    /** The embeddable widget of one service path (issue 14), framed as the services widget is. */
    static final String PATH_EMBED_PATH = "/upota/polku/*";

    /** Files that do not change between requests; they carry their own Cache-Control. */
    static final String[] STATIC_PATHS = {"/styles/**", "/images/**", "/icons/**", "/favicon.ico", "/VAADIN/**"};

    /**
     * What Vaadin's pages need, each found by taking it away and watching Chromium report
     * violations on every page: Vaadin's bootstrap is an inline script ('unsafe-inline'), it runs
     * the server's JavaScript calls with {@code new Function} ('unsafe-eval'), its components
     * carry inline styles and style elements, Lumo's icon font is a data: address, and so is the
     * QR code image of a service card.
     */
    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    static final String PAGE_POLICY = POLICY + "; frame-ancestors 'none'";
    static final String EMBED_POLICY = POLICY + "; frame-ancestors *";

    private SecurityHeaders() {
    }

    public static void apply(HeadersConfigurer<HttpSecurity> headers) {
        RequestMatcher embed = new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(EMBED_PATH),
                PathPatternRequestMatcher.withDefaults().matcher(PATH_EMBED_PATH));
        RequestMatcher notEmbed = new NegatedRequestMatcher(embed);
        headers.frameOptions(HeadersConfigurer.FrameOptionsConfig::disable)
                .cacheControl(HeadersConfigurer.CacheControlConfig::disable)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(notEmbed,
                        new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(notEmbed,
                        new StaticHeadersWriter("Content-Security-Policy", PAGE_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(embed,
                        new StaticHeadersWriter("Content-Security-Policy", EMBED_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(staticFiles()),
                        noStoreUnlessSet()));
    }

    private static RequestMatcher staticFiles() {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher[] matchers = new RequestMatcher[STATIC_PATHS.length];
        for (int i = 0; i < STATIC_PATHS.length; i++) {
            matchers[i] = paths.matcher(STATIC_PATHS[i]);
        }
        return new OrRequestMatcher(matchers);
    }

    /** An answer that set its own Cache-Control (the API's, for example) keeps it. */
    private static HeaderWriter noStoreUnlessSet() {
        return (request, response) -> {
            if (!response.containsHeader("Cache-Control")) {
                response.setHeader("Cache-Control", "no-store");
            }
        };
    }
}
