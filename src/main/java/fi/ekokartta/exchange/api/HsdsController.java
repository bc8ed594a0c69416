package fi.ekokartta.exchange.api;

import fi.ekokartta.exchange.api.document.ApiMetaDocument;
import fi.ekokartta.exchange.api.document.OrganizationDocument;
import fi.ekokartta.exchange.api.document.PageDocument;
import fi.ekokartta.exchange.api.document.ServiceAtLocationDocument;
import fi.ekokartta.exchange.api.document.ServiceDocument;
import fi.ekokartta.exchange.api.document.TaxonomyDocument;
import fi.ekokartta.exchange.api.document.TaxonomyTermDocument;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;
import java.util.UUID;

/**
 * The HSDS 3.1 read API (api/hsds-openapi.json describes it, and {@link DocumentedParameters}
 * holds every request to that description): services, organizations, taxonomies, taxonomy terms
 * and service_at_locations. Lists answer GET and, as the HSDS OpenAPI has it, POST with the same
 * query. Every response names its language in Content-Language.
 */
@RestController
@RequestMapping(path = HsdsController.ROOT, produces = {MediaType.APPLICATION_JSON_VALUE, HsdsReply.NDJSON})
class HsdsController {

    static final String ROOT = "/api/hsds";
    static final String HSDS_VERSION = "3.1";
    private static final String PROFILE = "https://docs.openreferral.org/en/latest/hsds/overview.html";
    private static final Resource OPENAPI = new ClassPathResource(HsdsOpenApi.LOCATION);

    private final ServiceExport services;
    private final OrganizationExport organizations;
    private final TaxonomyExport taxonomies;
    private final ServiceAtLocationExport serviceAtLocations;

    HsdsController(ServiceExport services, OrganizationExport organizations, TaxonomyExport taxonomies,
                   ServiceAtLocationExport serviceAtLocations) {
        this.services = services;
        this.organizations = organizations;
        this.taxonomies = taxonomies;
        this.serviceAtLocations = serviceAtLocations;
    }

    @GetMapping({"", "/"})
    ResponseEntity<ApiMetaDocument> root(HsdsReply reply) {
        String openApi = ServletUriComponentsBuilder.fromCurrentContextPath().path(ROOT + "/openapi.json").toUriString();
        return reply.item(() -> new ApiMetaDocument(HSDS_VERSION, PROFILE, openApi));
    }

    @RequestMapping(path = "/services", method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<PageDocument<?>> services(HsdsReply reply, PageParameters paging,
            @RequestParam(name = "organization_id", required = false) UUID organizationId,
            @RequestParam(name = "taxonomy_term_id", required = false) UUID taxonomyTermId,
            @RequestParam(name = "taxonomy_id", required = false) UUID taxonomyId,
            @RequestParam(name = "modified_after", required = false) String modifiedAfter,
            @RequestParam(name = "search", required = false) String search,
            @RequestParam(name = "full", defaultValue = "false") boolean full,
            @RequestParam(name = "minimal", defaultValue = "false") boolean minimal,
            @RequestParam(name = "municipality", required = false) List<String> municipality,
            @RequestParam(name = "language", required = false) List<String> serviceLanguage,
            @RequestParam(name = "target_group", required = false) List<String> targetGroup) {
        var filter = new ServiceFilter(organizationId, taxonomyTermId, taxonomyId,
                ServiceFilter.parseModifiedAfter(modifiedAfter));
        var searchParameters = ServiceSearchParameters.of(search, municipality, serviceLanguage, targetGroup);
        ServiceForm form = ServiceForm.of(full, minimal);
        return reply.list(paging, page -> searchParameters.isEmpty()
                ? services.services(filter, form, page, reply.language())
                : services.search(filter, searchParameters, form, page, reply.language()));
    }

    @GetMapping("/services/{id}")
    ResponseEntity<ServiceDocument> service(HsdsReply reply, @PathVariable UUID id) {
        return reply.item(() -> services.service(id, reply.language()));
    }

    @RequestMapping(path = "/organizations", method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<PageDocument<?>> organizations(HsdsReply reply, PageParameters paging,
            @RequestParam(name = "search", required = false) String search,
            @RequestParam(name = "taxonomy_term_id", required = false) UUID taxonomyTermId,
            @RequestParam(name = "taxonomy_id", required = false) UUID taxonomyId,
            @RequestParam(name = "full", defaultValue = "false") boolean full,
            @RequestParam(name = "full_service", defaultValue = "false") boolean fullService) {
        SearchText text = SearchText.of(search);
        OrganizationForm form = OrganizationForm.of(full, fullService);
        return reply.list(paging, page -> organizations.organizations(text, taxonomyTermId, taxonomyId, form, page,
                reply.language()));
    }

    @GetMapping("/organizations/{id}")
    ResponseEntity<OrganizationDocument> organization(HsdsReply reply, @PathVariable UUID id,
            @RequestParam(name = "full_service", defaultValue = "false") boolean fullService) {
        OrganizationForm form = fullService ? OrganizationForm.WITH_FULL_SERVICES : OrganizationForm.WITH_SERVICES;
        return reply.item(() -> organizations.organization(id, form, reply.language()));
    }

    @RequestMapping(path = "/taxonomies", method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<PageDocument<?>> taxonomies(HsdsReply reply, PageParameters paging,
            @RequestParam(name = "search", required = false) String search) {
        SearchText text = SearchText.of(search);
        return reply.list(paging, page -> taxonomies.taxonomies(text, page, reply.language()));
    }

    @GetMapping("/taxonomies/{id}")
    ResponseEntity<TaxonomyDocument> taxonomy(HsdsReply reply, @PathVariable UUID id) {
        return reply.item(() -> taxonomies.taxonomy(id, reply.language()));
    }

    @RequestMapping(path = "/taxonomy_terms", method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<PageDocument<?>> taxonomyTerms(HsdsReply reply, PageParameters paging,
            @RequestParam(name = "taxonomy_id", required = false) UUID taxonomyId,
            @RequestParam(name = "parent_id", required = false) UUID parentId,
            @RequestParam(name = "top_only", defaultValue = "false") boolean topOnly,
            @RequestParam(name = "search", required = false) String search) {
        TermSelection selection = new TermSelection(taxonomyId, parentId, topOnly, SearchText.of(search));
        return reply.list(paging, page -> taxonomies.terms(selection, page, reply.language()));
    }

    @GetMapping("/taxonomy_terms/{id}")
    ResponseEntity<TaxonomyTermDocument> taxonomyTerm(HsdsReply reply, @PathVariable UUID id) {
        return reply.item(() -> taxonomies.term(id, reply.language()));
    }

    @RequestMapping(path = "/service_at_locations", method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<PageDocument<?>> serviceAtLocations(HsdsReply reply, PageParameters paging,
            @RequestParam(name = "organization_id", required = false) UUID organizationId,
            @RequestParam(name = "taxonomy_term_id", required = false) UUID taxonomyTermId,
            @RequestParam(name = "taxonomy_id", required = false) UUID taxonomyId,
            @RequestParam(name = "modified_after", required = false) String modifiedAfter,
            @RequestParam(name = "search", required = false) String search,
            @RequestParam(name = "full", defaultValue = "false") boolean full,
            @RequestParam(name = "postcode", required = false) String postcode,
            @RequestParam(name = "proximity", required = false) String proximity) {
        var filter = new ServiceFilter(organizationId, taxonomyTermId, taxonomyId,
                ServiceFilter.parseModifiedAfter(modifiedAfter));
        SearchText text = SearchText.of(search);
        PlaceFilter places = PlaceFilter.parse(postcode, proximity);
        PlaceFilter.Circle circle = serviceAtLocations.circle(places);
        return reply.list(paging, page -> serviceAtLocations.serviceAtLocations(filter, text, places, circle, full,
                page, reply.language()));
    }

    @GetMapping("/service_at_locations/{id}")
    ResponseEntity<ServiceAtLocationDocument> serviceAtLocation(HsdsReply reply, @PathVariable UUID id) {
        return reply.item(() -> serviceAtLocations.serviceAtLocation(id, reply.language()));
    }

    /** The OpenAPI description of this API: HSDS 3.1's, narrowed to what is served, with Ekokartta's extensions. */
    @GetMapping(path = "/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Resource> openApi() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(OPENAPI);
    }

    /** Any other path under the API gets a 404 in problem JSON rather than the web UI's page. */
    @GetMapping("/**")
    ResponseEntity<Void> unknownPath(HttpServletRequest request) {
        throw new NotFoundException(("No HSDS endpoint at %s; there are /, /services, /organizations, /taxonomies, "
                + "/taxonomy_terms, /service_at_locations and the description /openapi.json")
                .formatted(request.getRequestURI()));
    }
}
