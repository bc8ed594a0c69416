package fi.ekokartta.exchange.api;

import fi.ekokartta.exchange.api.document.OrganizationDocument;
import fi.ekokartta.exchange.api.document.PageDocument;
import fi.ekokartta.exchange.api.document.ServiceDocument;
import fi.ekokartta.exchange.api.document.TaxonomyDocument;
import fi.ekokartta.exchange.api.document.TaxonomyTermDocument;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/**
 * The HSDS 3.0 read API (see the HSDS openapi.json): services, organizations, taxonomies and
 * taxonomy terms. Every response names its language in Content-Language.
 */
@RestController
@RequestMapping(path = "/api/hsds", produces = MediaType.APPLICATION_JSON_VALUE)
class HsdsController {

    private static final Resource OPENAPI = new ClassPathResource("api/hsds-openapi.json");

    private final ServiceExport services;
    private final OrganizationExport organizations;
    private final TaxonomyExport taxonomies;

    HsdsController(ServiceExport services, OrganizationExport organizations, TaxonomyExport taxonomies) {
        this.services = services;
        this.organizations = organizations;
        this.taxonomies = taxonomies;
    }

    @GetMapping("/services")
    ResponseEntity<PageDocument<?>> services(ApiLanguage language, PageParameters paging,
            @RequestParam(name = "organization_id", required = false) UUID organizationId,
            @RequestParam(name = "taxonomy_term_id", required = false) UUID taxonomyTermId,
            @RequestParam(name = "modified_after", required = false) String modifiedAfter,
            @RequestParam(name = "search", required = false) String search,
            @RequestParam(name = "municipality", required = false) List<String> municipality,
            @RequestParam(name = "language", required = false) List<String> serviceLanguage,
            @RequestParam(name = "target_group", required = false) List<String> targetGroup) {
        var filter = new ServiceFilter(organizationId, taxonomyTermId, ServiceFilter.parseModifiedAfter(modifiedAfter));
        var searchParameters = ServiceSearchParameters.of(search, municipality, serviceLanguage, targetGroup);
        return ok(language, searchParameters.isEmpty() ? services.services(filter, paging, language)
                : services.search(filter, searchParameters, paging, language));
    }

    @GetMapping("/services/{id}")
    ResponseEntity<ServiceDocument> service(ApiLanguage language, @PathVariable UUID id) {
        return ok(language, services.service(id, language));
    }

    @GetMapping("/organizations")
    ResponseEntity<PageDocument<OrganizationDocument>> organizations(ApiLanguage language, PageParameters paging) {
        return ok(language, organizations.organizations(paging, language));
    }

    @GetMapping("/organizations/{id}")
    ResponseEntity<OrganizationDocument> organization(ApiLanguage language, @PathVariable UUID id) {
        return ok(language, organizations.organization(id, language));
    }

    @GetMapping("/taxonomies")
    ResponseEntity<PageDocument<TaxonomyDocument>> taxonomies(ApiLanguage language, PageParameters paging) {
        return ok(language, taxonomies.taxonomies(paging, language));
    }

    @GetMapping("/taxonomies/{id}")
    ResponseEntity<TaxonomyDocument> taxonomy(ApiLanguage language, @PathVariable UUID id) {
        return ok(language, taxonomies.taxonomy(id, language));
    }

    @GetMapping("/taxonomy_terms")
    ResponseEntity<PageDocument<TaxonomyTermDocument>> taxonomyTerms(ApiLanguage language, PageParameters paging,
            @RequestParam(name = "taxonomy_id", required = false) UUID taxonomyId) {
        return ok(language, taxonomies.terms(taxonomyId, paging, language));
    }

    @GetMapping("/taxonomy_terms/{id}")
    ResponseEntity<TaxonomyTermDocument> taxonomyTerm(ApiLanguage language, @PathVariable UUID id) {
        return ok(language, taxonomies.term(id, language));
    }

    /** The OpenAPI description of this API: HSDS 3.0's, narrowed to what is served, with Ekokartta's extensions. */
    @GetMapping("/openapi.json")
    ResponseEntity<Resource> openApi() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(OPENAPI);
    }

    /** Any other path under the API gets a 404 in problem JSON rather than the web UI's page. */
    @GetMapping("/**")
    ResponseEntity<Void> unknownPath(HttpServletRequest request) {
        throw new NotFoundException(("No HSDS endpoint at %s; there are /services, /organizations, /taxonomies, "
                + "/taxonomy_terms and the description /openapi.json").formatted(request.getRequestURI()));
    }

    private static <T> ResponseEntity<T> ok(ApiLanguage language, T body) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_LANGUAGE, language.code()).body(body);
    }
}
