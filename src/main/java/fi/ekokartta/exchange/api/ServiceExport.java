package fi.ekokartta.exchange.api;

import fi.ekokartta.exchange.api.document.PageDocument;
import fi.ekokartta.exchange.api.document.ServiceDocument;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.search.ServiceIndexFields;
import fi.ekokartta.search.ServiceQuery;
import fi.ekokartta.search.ServiceSearch;
import fi.ekokartta.taxonomy.TargetGroup;
import fi.ekokartta.taxonomy.TargetGroupRepository;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Published services as HSDS documents. Drafts and archived services are not found, whatever the id. */
@Service
@Transactional(readOnly = true)
class ServiceExport {

    private final OfferingRepository offerings;
    private final ServiceSearch search;
    private final TargetGroupRepository targetGroups;
    private final ServiceDocumentCache documentCache;
    private final HsdsQueries queries;
    private final TermFilters termFilters;

    ServiceExport(OfferingRepository offerings, ServiceSearch search, TargetGroupRepository targetGroups,
                  ServiceDocumentCache documentCache, HsdsQueries queries, TermFilters termFilters) {
        this.offerings = offerings;
        this.search = search;
        this.targetGroups = targetGroups;
        this.documentCache = documentCache;
        this.queries = queries;
        this.termFilters = termFilters;
    }

    public PageDocument<ServiceDocument> services(ServiceFilter filter, ServiceForm form, PageParameters paging,
                                                  ApiLanguage language) {
        TermFilter terms = termFilters.of(filter.taxonomyTermId(), filter.taxonomyId());
        if (terms.matchesNothing()) {
            return PageDocument.of(Page.empty(paging.pageable()), offering -> null);
        }
        ServiceMapper mapper = new ServiceMapper(language);
        Function<Offering, ServiceDocument> mapping = switch (form) {
            case FULL -> mapper::full;
            case MINIMAL -> mapper::minimal;
            case LIST -> mapper::list;
        };
        return PageDocument.of(queries.services(OfferingStatus.PUBLISHED, filter.organizationId(), terms.active(),
                terms.queryIds(), filter.modifiedAfter(), paging.pageable()), mapping);
    }

    /**
     * Services found by the search, most relevant first. Answered from the index and the cache of
     * documents written as JSON; only documents not yet cached are read from the database, in a
     * transaction of their own.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public PageDocument<ServiceJson> search(ServiceFilter filter, ServiceSearchParameters searchParameters, ServiceForm form,
                                  PageParameters paging, ApiLanguage language) {
        if (!Instant.EPOCH.equals(filter.modifiedAfter())) {
            throw new BadParameterException("modified_after cannot be combined with search, municipality, language "
                    + "or target_group; harvest changes without them");
        }
        TermFilter terms = termFilters.of(filter.taxonomyTermId(), filter.taxonomyId());
        if (terms.matchesNothing()) {
            return PageDocument.of(Page.empty(paging.pageable()), offering -> null);
        }
        ServiceQuery query = new ServiceQuery(searchParameters.text(), filters(filter.organizationId(), terms,
                searchParameters), paging.page() - 1, paging.perPage(), language.code());
        Page<UUID> ids = search.searchServiceIds(query);
        Map<UUID, ServiceJson> documents = documentCache.documents(ids.getContent(), language, form);
        return PageDocument.of(ids, documents::get);
    }

    public ServiceDocument service(UUID id, ApiLanguage language) {
        return offerings.findById(id)
                .filter(Offering::isPublished)
                .map(new ServiceMapper(language)::full)
                .orElseThrow(() -> new NotFoundException("published service", id));
    }

    /** With search, a class term (or every term of a taxonomy) also finds the services of its sub-classes. */
    private Map<String, Set<String>> filters(UUID organizationId, TermFilter terms, ServiceSearchParameters parameters) {
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        if (organizationId != null) {
            filters.put(ServiceIndexFields.PROVIDER, Set.of(organizationId.toString()));
        }
        if (terms.active()) {
            String field = terms.termIds().stream().allMatch(targetGroups::existsById)
                    ? ServiceIndexFields.TARGET_GROUP : ServiceIndexFields.CLASS;
            filters.put(field, terms.termIds().stream().map(UUID::toString).collect(Collectors.toSet()));
        }
        put(filters, ServiceIndexFields.MUNICIPALITY, parameters.municipalities());
        put(filters, ServiceIndexFields.LANGUAGE, parameters.languages());
        put(filters, ServiceIndexFields.TARGET_GROUP, parameters.targetGroups().stream()
                .map(this::targetGroupId).collect(Collectors.toSet()));
        return filters;
    }

    private String targetGroupId(String codeOrId) {
        try {
            return UUID.fromString(codeOrId).toString();
        } catch (IllegalArgumentException notAnId) {
            return targetGroups.findByCode(codeOrId).map(TargetGroup::getId).map(UUID::toString)
                    .orElseThrow(() -> new BadParameterException("target_group '%s' is not a target group code or id"
                            .formatted(codeOrId)));
        }
    }

    private static void put(Map<String, Set<String>> filters, String field, Set<String> values) {
        if (!values.isEmpty()) {
            Set<String> merged = new HashSet<>(values);
            merged.addAll(filters.getOrDefault(field, Set.of()));
            filters.put(field, merged);
        }
    }
}
