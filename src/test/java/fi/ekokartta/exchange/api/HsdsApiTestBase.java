package fi.ekokartta.exchange.api;

import fi.ekokartta.AbstractIntegrationTest;
import fi.ekokartta.base.web.RateLimits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HSDS API tests call the running server over HTTP, as a client would, on data they create
 * themselves (one {@link HsdsFixture} per test class, with unique names).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HsdsApiTestBase extends AbstractIntegrationTest {

    protected static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;
    @Autowired
    private ApplicationContext context;
    @Autowired
    private RateLimits rateLimits;

    protected HsdsFixture data;

    @BeforeAll
    void createData() {
        data = new HsdsFixture(context);
    }

    /** For tests that walk every operation: they are one client sending more than its rate allows. */
    protected void forgetRateLimits() {
        rateLimits.forgetAll();
    }

    protected int port() {
        return port;
    }

    protected HttpResponse<String> get(String path, String... headers) {
        return send("GET", path, headers);
    }

    /** Sends a request without a body (the API's POSTs carry their query in the address, as GETs do). */
    protected HttpResponse<String> send(String method, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/hsds" + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GETs a path that must answer 200 with JSON, and parses it. */
    protected JsonNode json(String path, String... headers) {
        HttpResponse<String> response = get(path, headers);
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        return JSON.readTree(response.body());
    }

    /** Every item of a paged list, page by page, checking that the pages agree with each other. */
    protected List<JsonNode> allPages(String path, int perPage) {
        String separator = path.contains("?") ? "&" : "?";
        List<JsonNode> items = new ArrayList<>();
        JsonNode page;
        int number = 0;
        do {
            number++;
            page = json(path + separator + "per_page=" + perPage + "&page=" + number);
            assertThat(page.get("page_number").asInt()).isEqualTo(number);
            page.get("contents").forEach(items::add);
        } while (!page.get("last_page").asBoolean());
        assertThat(items).hasSize(page.get("total_items").asInt());
        return items;
    }

    protected static List<String> ids(Iterable<JsonNode> items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }
}
