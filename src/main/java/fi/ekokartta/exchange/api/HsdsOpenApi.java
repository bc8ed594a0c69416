package fi.ekokartta.exchange.api;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The OpenAPI description we serve (api/hsds-openapi.json), read once: the query parameters it
 * documents per path and method are the only ones the API accepts, so that the description and
 * the code cannot drift apart.
 */
@Component
class HsdsOpenApi {

    static final String LOCATION = "api/hsds-openapi.json";

    /** path template (as in the document, "/services/{id}") → method ("get") → parameter name → parameter. */
    private final Map<String, Map<String, Map<String, DocumentedParameter>>> operations = new LinkedHashMap<>();

    HsdsOpenApi(JsonMapper json) {
        JsonNode document = read(json);
        document.get("paths").properties().forEach(path -> {
            Map<String, Map<String, DocumentedParameter>> methods = new LinkedHashMap<>();
            path.getValue().properties().forEach(operation -> {
                if (!operation.getKey().equals("parameters")) {
                    methods.put(operation.getKey(), queryParameters(document, operation.getValue().path("parameters")));
                }
            });
            operations.put(path.getKey(), methods);
        });
    }

    /** The documented query parameters of an operation, or null when the document has no such operation. */
    Map<String, DocumentedParameter> parameters(String pathTemplate, String method) {
        Map<String, Map<String, DocumentedParameter>> methods = operations.get(pathTemplate);
        return methods == null ? null : methods.get(method.toLowerCase(Locale.ROOT));
    }

    private static Map<String, DocumentedParameter> queryParameters(JsonNode document, JsonNode list) {
        Map<String, DocumentedParameter> parameters = new LinkedHashMap<>();
        for (JsonNode entry : list) {
            JsonNode parameter = entry.has("$ref") ? document.at(entry.get("$ref").asString().substring(1)) : entry;
            if ("query".equals(parameter.path("in").asString())) {
                DocumentedParameter documented = DocumentedParameter.of(parameter);
                parameters.put(documented.name(), documented);
            }
        }
        return parameters;
    }

    private static JsonNode read(JsonMapper json) {
        try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
