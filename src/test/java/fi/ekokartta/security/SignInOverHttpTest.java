package fi.ekokartta.security;

import com.vaadin.flow.server.VaadinServlet;
import fi.ekokartta.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in with the login page's form over plain HTTP, and how long a session lives. */
class SignInOverHttpTest extends AbstractIntegrationTest {

    private static final Pattern META = Pattern.compile("<meta[^>]*name=\"(_csrf(?:_parameter)?)\"[^>]*content=\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    private int port;
    @Autowired
    private List<ServletRegistrationBean<?>> servlets;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void a_bare_post_to_login_without_the_csrf_token_does_not_sign_in() throws Exception {
        String session = sessionCookie(get("/login", null));

        HttpResponse<String> answer = postLogin(session, null);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("Pyyntö torjuttiin", "Reload the page and try again");
        String after = answer.headers().firstValue("Set-Cookie").map(SignInOverHttpTest::cookieValue).orElse(session);
        assertThat(get("/hallinta", after).statusCode()).isEqualTo(302);
    }

    @Test
    void posts_refused_for_a_missing_or_wrong_csrf_token_are_in_the_audit_log_and_accepted_ones_are_not() throws Exception {
        String session = sessionCookie(get("/login", null));
        long before = csrfRefusals();

        assertThat(postLogin(session, null).statusCode()).isEqualTo(403);
        assertThat(postLogin(session, "vaara-tunniste").statusCode()).isEqualTo(403);
        HttpResponse<String> logout = http.send(HttpRequest.newBuilder(uri("/logout")).header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(logout.statusCode()).isEqualTo(403);

        assertThat(jdbc.queryForList("select subject from audit_event where action = 'CSRF_REFUSED'"
                + " and client_address is not null order by occurred_at desc limit 3", String.class))
                .containsExactly("POST /logout", "POST /login", "POST /login");
        assertThat(csrfRefusals()).isEqualTo(before + 3);

        HttpResponse<String> page = get("/login", null);
        Matcher meta = META.matcher(page.body());
        String token = null;
        while (meta.find()) {
            token = meta.group(1).equals("_csrf") ? meta.group(2) : token;
        }
        assertThat(postLogin(sessionCookie(page), token).statusCode()).isEqualTo(302);
        assertThat(csrfRefusals()).as("a sign-in with the token").isEqualTo(before + 3);
    }

    private long csrfRefusals() {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'CSRF_REFUSED'", Long.class);
    }

    @Test
    void the_login_page_gives_the_csrf_token_and_signing_in_with_it_works() throws Exception {
        HttpResponse<String> page = get("/login", null);
        String session = sessionCookie(page);
        Matcher meta = META.matcher(page.body());
        String parameter = null;
        String token = null;
        while (meta.find()) {
            if (meta.group(1).equals("_csrf")) {
                token = meta.group(2);
            } else {
                parameter = meta.group(2);
            }
        }
        assertThat(parameter).isEqualTo("_csrf");
        assertThat(token).isNotBlank();

        HttpResponse<String> answer = postLogin(session, token);

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        // No page was asked for: the landing sends keepers on to their management front page.
        assertThat(java.net.URI.create(answer.headers().firstValue("Location").orElseThrow()).getPath())
                .isEqualTo("/" + SecurityConfiguration.SIGNED_IN_LANDING);
        assertThat(get("/" + SecurityConfiguration.SIGNED_IN_LANDING, sessionCookie(answer)).statusCode()).isEqualTo(200);
        assertThat(get("/hallinta", sessionCookie(answer)).statusCode()).isEqualTo(200);
    }

    @Test
    void an_idle_session_ends_after_thirty_minutes_even_with_its_tab_open() throws Exception {
        get("/", null);
        VaadinServlet vaadin = servlets.stream().map(ServletRegistrationBean::getServlet)
                .filter(VaadinServlet.class::isInstance).map(VaadinServlet.class::cast).findFirst().orElseThrow();

        assertThat(vaadin.getService().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
        assertThat(vaadin.getServletContext().getSessionTimeout()).isEqualTo(30);
    }

    private HttpResponse<String> postLogin(String session, String token) throws IOException, InterruptedException {
        String form = "username=koordinaattori&password=" + URLEncoder.encode(DEMO_PASSWORD, StandardCharsets.UTF_8)
                + (token == null ? "" : "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri("/login")).header("Cookie", "JSESSIONID=" + session)
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String session) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<String> answer) {
        return answer.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(SignInOverHttpTest::cookieValue).findFirst().orElseThrow();
    }

    private static String cookieValue(String setCookie) {
        return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
