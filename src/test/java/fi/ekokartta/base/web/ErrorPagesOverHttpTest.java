package fi.ekokartta.base.web;

import fi.ekokartta.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP status of a page's first load, as a browser gets it: the page is rendered on the server,
 * so an unknown address or entry answers 404 and a refused view 403, each with the application's
 * page in its frame; the API, static files and Vaadin's own requests keep their answers.
 */
class ErrorPagesOverHttpTest extends AbstractIntegrationTest {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern VAADIN_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern VAADIN_SCRIPT = Pattern.compile("src=\"\\./(VAADIN/[^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/olematon", "/palvelu/x/y", "/palvelu/abc", "/palvelu/00000000-0000-0000-0000-000000000000",
            "/toimija/xyz", "/toimija/00000000-0000-0000-0000-000000000000", "/hallinta/olematon"})
    void an_unknown_address_or_entry_answers_404_with_the_applications_page(String path) throws Exception {
        HttpResponse<String> page = get(path, null);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("Sivua ei löytynyt", "Hae palvelua tai toimijaa", "Etusivulle", "Siirry pääsisältöön")
                .doesNotContain("Could not navigate");
    }

    @Test
    void an_expired_or_unknown_handout_answers_404_telling_the_client_to_ask_for_a_new_list() throws Exception {
        HttpResponse<String> page = get("/palvelulista/olematon-lista", null);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Listaa ei löytynyt tai se on vanhentunut. Pyydä ohjaajaltasi uusi lista.");
    }

    @Test
    void a_published_service_and_its_provider_answer_200() throws Exception {
        Map<String, Object> service = jdbc.queryForMap(
                "select id, name_fi, provider_id from offering where status = 'PUBLISHED' order by name_fi limit 1");

        HttpResponse<String> card = get("/palvelu/" + service.get("id"), null);
        assertThat(card.statusCode()).isEqualTo(200);
        assertThat(card.body()).contains((String) service.get("name_fi"));
        assertThat(get("/toimija/" + service.get("provider_id"), null).statusCode()).isEqualTo(200);
    }

    @Test
    void the_page_not_found_is_in_the_language_asked_for() throws Exception {
        HttpResponse<String> page = get("/olematon?lang=en", null);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<html lang=\"en\"", "Page not found", "To the front page");
    }

    @Test
    void a_counsellor_following_a_management_link_signs_in_comes_back_to_it_and_gets_403() throws Exception {
        HttpResponse<String> toLogin = get("/hallinta", null);
        assertThat(toLogin.statusCode()).isEqualTo(302);
        assertThat(toLogin.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        String session = sessionCookie(toLogin);

        HttpResponse<String> signedIn = signIn(session, "ohjaaja");
        assertThat(URI.create(signedIn.headers().firstValue("Location").orElseThrow()).getPath()).isEqualTo("/hallinta");

        HttpResponse<String> refused = get("/hallinta", sessionCookie(signedIn));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(refused.body()).contains("Ei pääsyä tälle sivulle", "roolisi on ohjaaja", "Kirjaudu ulos");
    }

    @Test
    void the_apis_not_found_is_still_problem_json() throws Exception {
        for (String path : new String[] {"/api/hsds/services/00000000-0000-0000-0000-000000000000", "/api/hsds/olematon"}) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).as(path).startsWith("application/problem+json");
            assertThat(answer.body()).as(path).contains("\"status\":404");
        }
    }

    @Test
    void static_files_and_vaadins_own_requests_still_work_on_a_page_that_was_not_found() throws Exception {
        assertThat(get("/styles/ekokartta.css", null).statusCode()).isEqualTo(200);
        assertThat(get("/icons/ekokartta.svg", null).statusCode()).isEqualTo(200);

        HttpResponse<String> page = get("/olematon", null);
        String session = sessionCookie(page);
        Matcher script = VAADIN_SCRIPT.matcher(page.body());
        assertThat(script.find()).isTrue();
        assertThat(get("/" + script.group(1), null).statusCode()).isEqualTo(200);
        Matcher key = VAADIN_KEY.matcher(page.body());
        assertThat(key.find()).isTrue();

        assertThat(post("/?v-r=heartbeat&v-uiId=0", session, "").statusCode()).isEqualTo(200);
        HttpResponse<String> uidl = post("/?v-r=uidl&v-uiId=0", session,
                "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}");
        assertThat(uidl.statusCode()).isEqualTo(200);
        assertThat(uidl.body()).contains("\"syncId\":1").doesNotContain("Session expired");
    }

    private HttpResponse<String> signIn(String session, String username) throws IOException, InterruptedException {
        Matcher token = CSRF_META.matcher(get("/login", session).body());
        assertThat(token.find()).isTrue();
        String form = "username=" + username + "&password=" + URLEncoder.encode(DEMO_PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(uri("/login")).header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer;
    }

    private HttpResponse<String> get(String path, String session) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET();
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String session, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri(path)).header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<String> answer) {
        return answer.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring("JSESSIONID=".length(), cookie.indexOf(';'))).findFirst().orElseThrow();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
