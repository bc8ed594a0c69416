package fi.ekokartta.exchange.api;

import fi.ekokartta.taxonomy.TaxonomyTerm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served OpenAPI describes exactly what the controller does: every documented path and
 * method answers, each documented query parameter is accepted with a valid value, an undocumented
 * one or an unsupported value is refused with 400, and the controller reads no parameter the
 * description does not list.
 */
class HsdsContractTest extends HsdsApiTestBase {

    private static final String ROOT = "/api/hsds";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void every_documented_parameter_of_every_operation_is_accepted() {
        Map<String, String> samples = samples();
        int checked = 0;
        for (var operation : operations().entrySet()) {
            String[] key = operation.getKey().split(" ");
            for (String parameter : operation.getValue()) {
                assertThat(samples).as("a sample value for %s", parameter).containsKey(parameter);
                forgetRateLimits();
                String target = concrete(key[1]) + "?" + parameter + "=" + samples.get(parameter);
                HttpResponse<String> response = send(key[0], target);
                assertThat(response.statusCode()).as("%s %s: %s", key[0], target, response.body()).isEqualTo(200);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(60);
    }

    @Test
    void an_undocumented_parameter_is_refused_on_every_operation() {
        for (String operation : operations().keySet()) {
            String[] key = operation.split(" ");
            forgetRateLimits();
            for (String unknown : List.of("postal_code", "near", "sort", "organisation_id")) {
                HttpResponse<String> response = send(key[0], concrete(key[1]) + "?" + unknown + "=1");
                assertThat(response.statusCode()).as("%s %s?%s", key[0], key[1], unknown).isEqualTo(400);
                assertThat(JSON.readTree(response.body()).get("detail").asString())
                        .startsWith(unknown + " is not a parameter of " + key[0] + " " + key[1]);
            }
        }
    }

    @Test
    void unsupported_values_of_documented_parameters_are_refused() {
        for (String target : List.of("/services?full=yes", "/services?minimal=1", "/organizations?full_service=maybe",
                "/taxonomy_terms?top_only=", "/services?format=xml", "/services?format=ndjson&page=2",
                "/services?full=true&minimal=true", "/services?page=1&page=2", "/taxonomy_terms?parent_id=x",
                "/taxonomy_terms?top_only=true&parent_id=" + data.parentClassId,
                "/service_at_locations?modified_after=soon", "/organizations?taxonomy_id=x")) {
            HttpResponse<String> response = get(target);
            assertThat(response.statusCode()).as("%s: %s", target, response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
    }

    @Test
    void the_controller_reads_only_documented_parameters_and_serves_every_documented_operation() {
        Map<String, Set<String>> documented = operations();
        Map<String, Set<String>> served = new HashMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            if (mapping.getValue().getBeanType() != HsdsController.class) {
                continue;
            }
            Set<String> parameters = parametersRead(mapping.getValue());
            for (String pattern : mapping.getKey().getPatternValues()) {
                String path = pattern.substring(ROOT.length());
                if (path.equals("/**") || path.isEmpty()) {
                    continue;
                }
                mapping.getKey().getMethodsCondition().getMethods()
                        .forEach(method -> served.put(method.name() + " " + path, parameters));
            }
        }
        assertThat(served.keySet()).containsExactlyInAnyOrderElementsOf(documented.keySet());
        served.forEach((operation, parameters) -> assertThat(parameters).as(operation)
                .isEqualTo(documented.get(operation)));
    }

    /** The query parameters a handler reads: its @RequestParams, and those of the shared arguments. */
    private static Set<String> parametersRead(HandlerMethod handler) {
        Set<String> names = new TreeSet<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            if (requestParam != null) {
                names.add(requestParam.name());
            } else if (parameter.getParameterType() == PageParameters.class) {
                names.addAll(List.of("page", "per_page", "format"));
            }
        }
        if (handler.getMethod().getName().equals("openApi") || handler.getMethod().getName().equals("root")) {
            return names;
        }
        names.add("lang");
        return names;
    }

    /** "GET /services" → its documented query parameters, from the served description. */
    private Map<String, Set<String>> operations() {
        JsonNode description = json("/openapi.json");
        Map<String, Set<String>> operations = new LinkedHashMap<>();
        description.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (operation.getKey().equals("parameters")) {
                return;
            }
            Set<String> names = new TreeSet<>();
            operation.getValue().path("parameters").forEach(parameter -> {
                JsonNode resolved = parameter.has("$ref")
                        ? description.at(parameter.get("$ref").asString().substring(1)) : parameter;
                if (resolved.get("in").asString().equals("query")) {
                    names.add(resolved.get("name").asString());
                }
            });
            operations.put(operation.getKey().toUpperCase() + " " + path.getKey(), names);
        }));
        return operations;
    }

    private String concrete(String template) {
        return switch (template) {
            case "/services/{id}" -> "/services/" + data.publishedIds.getFirst();
            case "/organizations/{id}" -> "/organizations/" + data.providerId;
            case "/taxonomies/{id}" -> "/taxonomies/" + Taxonomies.id(TaxonomyTerm.SERVICE_TAXONOMY);
            case "/taxonomy_terms/{id}" -> "/taxonomy_terms/" + data.ptvClassId;
            case "/service_at_locations/{id}" -> "/service_at_locations/"
                    + json("/service_at_locations?organization_id=" + data.providerId).at("/contents/0/id").asString();
            default -> template;
        };
    }

    private Map<String, String> samples() {
        Map<String, String> samples = new HashMap<>();
        samples.put("search", data.token);
        samples.put("page", "1");
        samples.put("per_page", "2");
        samples.put("format", "ndjson");
        samples.put("taxonomy_term_id", data.ptvClassId.toString());
        samples.put("taxonomy_id", Taxonomies.id(TaxonomyTerm.SERVICE_TAXONOMY).toString());
        samples.put("organization_id", data.providerId.toString());
        samples.put("modified_after", "2000-01-01");
        samples.put("minimal", "true");
        samples.put("full", "true");
        samples.put("full_service", "true");
        samples.put("top_only", "true");
        samples.put("parent_id", data.parentClassId.toString());
        samples.put("municipality", "208");
        samples.put("postcode", "85100");
        samples.put("proximity", "20000&postcode=85100");
        samples.put("language", "fi");
        samples.put("target_group", data.targetGroupId.toString());
        samples.put("lang", "sv");
        return samples;
    }
}
