package fi.ekokartta.exchange.openapi;

import fi.ekokartta.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The description of the non-HSDS endpoints (/api/ekokartta-openapi.json) and the controllers
 * agree: the same operations, the same path and query parameters, and every documented operation
 * answers; the HSDS description keeps to HSDS.
 */
class ExchangeOpenApiContractTest extends AbstractIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** The endpoints the description covers: everything under /api that is not HSDS. */
    private static final List<String> DESCRIBED = List.of("/api/ptv/", "/api/avoin-data/");

    @LocalServerPort
    private int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void the_description_is_served_without_login_and_the_hsds_one_names_none_of_its_paths() {
        HttpResponse<String> response = get(ExchangeOpenApiController.PATH);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode description = JSON.readTree(response.body());
        assertThat(description.get("openapi").asString()).isEqualTo("3.1.0");

        JsonNode hsds = JSON.readTree(get("/api/hsds/openapi.json").body());
        hsds.get("paths").propertyNames().forEach(path ->
                assertThat(description.get("paths").has(path)).as(path).isFalse());
        assertThat(hsds.toString()).doesNotContain("/api/ptv").doesNotContain("avoin-data");
    }

    @Test
    void the_controllers_serve_exactly_the_documented_operations_with_their_parameters() {
        Map<String, Set<String>> served = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            for (String pattern : mapping.getKey().getPatternValues()) {
                if (DESCRIBED.stream().noneMatch(pattern::startsWith)) {
                    continue;
                }
                String path = pattern.replaceAll("\\{(\\w+):[^}]*}", "{$1}");
                mapping.getKey().getMethodsCondition().getMethods().forEach(method ->
                        served.put(method.name() + " " + path, parameters(mapping.getValue())));
            }
        }
        assertThat(served).isNotEmpty();
        assertThat(served).isEqualTo(documented());
    }

    @Test
    void every_documented_operation_answers_and_a_missing_municipality_is_a_problem() {
        int checked = 0;
        for (String operation : documented().keySet()) {
            String path = operation.substring("GET ".length());
            List<String> targets = new ArrayList<>();
            if (path.contains("{language}")) {
                List.of("fi", "sv", "en").forEach(language -> targets.add(path.replace("{language}", language)));
            } else if (path.startsWith("/api/ptv/")) {
                targets.add(path + "?municipality=977");
                HttpResponse<String> missing = get(path);
                assertThat(missing.statusCode()).as(path).isEqualTo(400);
                assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
            } else {
                targets.add(path);
            }
            for (String target : targets) {
                HttpResponse<String> response = get(target);
                assertThat(response.statusCode()).as(target).isEqualTo(200);
                checked++;
            }
        }
        assertThat(checked).as("JSON and CSV in three languages, the Finnish CSV's earlier name, PTV services and channels")
                .isEqualTo(9);
    }

    @Test
    void the_swagger_ui_offers_both_descriptions_hsds_as_the_primary_one() {
        JsonNode config = JSON.readTree(get("/v3/api-docs/swagger-config").body());
        List<String> urls = new ArrayList<>();
        config.get("urls").forEach(url -> urls.add(url.get("url").asString()));
        // springdoc lists them by name; the primary one is shown first.
        assertThat(urls).containsExactlyInAnyOrder("/api/hsds/openapi.json", ExchangeOpenApiController.PATH);
        assertThat(config.get("urls.primaryName").asString()).isEqualTo("HSDS 3.1");
    }

    /** "GET /api/ptv/v11/services" → its documented parameters, "path:language" or "query:municipality". */
    private Map<String, Set<String>> documented() {
        JsonNode description = JSON.readTree(get(ExchangeOpenApiController.PATH).body());
        Map<String, Set<String>> operations = new TreeMap<>();
        description.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            Set<String> names = new TreeSet<>();
            operation.getValue().path("parameters").forEach(parameter -> {
                JsonNode resolved = parameter.has("$ref")
                        ? description.at(parameter.get("$ref").asString().substring(1)) : parameter;
                names.add(resolved.get("in").asString() + ":" + resolved.get("name").asString());
            });
            operations.put(operation.getKey().toUpperCase() + " " + path.getKey(), names);
        }));
        return operations;
    }

    private static Set<String> parameters(HandlerMethod handler) {
        Set<String> names = new TreeSet<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
            PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
            if (query != null) {
                names.add("query:" + (query.name().isEmpty() ? parameter.getParameterName() : query.name()));
            } else if (path != null) {
                names.add("path:" + (path.name().isEmpty() ? parameter.getParameterName() : path.name()));
            }
        }
        return names;
    }

    private HttpResponse<String> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
