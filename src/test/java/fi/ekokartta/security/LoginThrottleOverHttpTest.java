package fi.ekokartta.security;

import fi.ekokartta.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
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

/**
 * Signing in through the real login form (with its CSRF token) over HTTP: repeated failures hold
 * an account back, every attempt is in the audit log, the session id changes at sign-in, and
 * signing out ends the session.
 */
class LoginThrottleOverHttpTest extends AbstractIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("<meta[^>]*name=\"_csrf\"[^>]*content=\"([^\"]*)\"");
    private static final String WRONG_PASSWORD = "väärä-salasana-42";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void after_five_wrong_passwords_even_the_right_one_is_refused() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(signIn("ohjaaja", WRONG_PASSWORD).signedIn()).isFalse();
        }

        SignIn rightPassword = signIn("ohjaaja", DEMO_PASSWORD);

        assertThat(rightPassword.answer().headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(rightPassword.signedIn()).isFalse();
    }

    @Test
    void four_wrong_passwords_still_let_the_right_one_sign_in() throws Exception {
        for (int attempt = 0; attempt < 4; attempt++) {
            assertThat(signIn("ohjaaja", WRONG_PASSWORD).signedIn()).isFalse();
        }

        assertThat(signIn("ohjaaja", DEMO_PASSWORD).signedIn()).isTrue();
    }

    @Test
    void an_unknown_username_is_held_back_the_same_way_as_an_existing_one() throws Exception {
        SignIn last = null;
        for (int attempt = 0; attempt < 6; attempt++) {
            last = signIn("ei-ketaan-tunnus", WRONG_PASSWORD);
        }
        SignIn existing = null;
        for (int attempt = 0; attempt < 6; attempt++) {
            existing = signIn("yllapitaja", WRONG_PASSWORD);
        }

        assertThat(last.answer().statusCode()).isEqualTo(existing.answer().statusCode());
        assertThat(last.answer().headers().firstValue("Location"))
                .isEqualTo(existing.answer().headers().firstValue("Location"));
    }

    @Test
    void sign_ins_and_failures_go_to_the_audit_log_without_passwords() throws Exception {
        signIn("ei-ketaan-tunnus", WRONG_PASSWORD);
        signIn("yllapitaja", WRONG_PASSWORD);
        signIn("yllapitaja", DEMO_PASSWORD);

        List<String> newest = jdbc.queryForList("select coalesce(username, '-') || ' ' || action || ' '"
                + " || coalesce(subject, '') || ' ' || client_address from audit_event"
                + " order by occurred_at desc limit 3", String.class);
        assertThat(newest).containsExactly("yllapitaja SIGN_IN  127.0.0.1", "yllapitaja SIGN_IN_FAILED  127.0.0.1",
                "- SIGN_IN_FAILED  127.0.0.1");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where subject like '%' || ? || '%'"
                + " or username like '%' || ? || '%'", Long.class, WRONG_PASSWORD, "ei-ketaan")).isZero();
    }

    @Test
    void the_session_id_changes_at_sign_in() throws Exception {
        SignIn signIn = signIn("koordinaattori", DEMO_PASSWORD);

        assertThat(signIn.signedIn()).isTrue();
        assertThat(signIn.sessionAfter()).isNotEqualTo(signIn.sessionBefore());
        assertThat(get("/hallinta", signIn.sessionBefore()).statusCode()).isEqualTo(302);
    }

    @Test
    void signing_out_ends_the_session() throws Exception {
        SignIn signIn = signIn("koordinaattori", DEMO_PASSWORD);
        HttpResponse<String> page = get("/hallinta", signIn.sessionAfter());
        String token = csrfToken(page);

        HttpResponse<String> logout = post("/logout", signIn.sessionAfter(), "_csrf=" + encode(token));

        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(get("/hallinta", signIn.sessionAfter()).statusCode()).isEqualTo(302);
    }

    private record SignIn(String sessionBefore, HttpResponse<String> answer, String sessionAfter, boolean signedIn) {
    }

    private SignIn signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = get("/login", null);
        String session = sessionCookie(page);
        HttpResponse<String> answer = post("/login", session, "username=" + encode(username)
                + "&password=" + encode(password) + "&_csrf=" + encode(csrfToken(page)));
        String after = answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(LoginThrottleOverHttpTest::cookieValue).findFirst().orElse(session);
        boolean signedIn = answer.statusCode() == 302
                && !answer.headers().firstValue("Location").orElseThrow().contains("error");
        return new SignIn(session, answer, after, signedIn);
    }

    private HttpResponse<String> post(String path, String session, String form) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri(path)).header("Cookie", "JSESSIONID=" + session)
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

    private static String csrfToken(HttpResponse<String> page) {
        Matcher meta = CSRF.matcher(page.body());
        assertThat(meta.find()).as("CSRF token on the page").isTrue();
        return meta.group(1);
    }

    private static String sessionCookie(HttpResponse<String> answer) {
        return answer.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(LoginThrottleOverHttpTest::cookieValue).findFirst().orElseThrow();
    }

    private static String cookieValue(String setCookie) {
        return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
