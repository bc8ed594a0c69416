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
import java.util.stream.Collectors;

/** Published services as HSDS documents. Drafts and archived services are not found, whatever the id. */
@Service
@Transactional(readOnly = true)
class ServiceExport {

    private final OfferingRepository offerings;
    private final ServiceSearch search;
    private final TargetGroupRepository targetGroups;
    private final ServiceDocumentCache documentCache;

    ServiceExport(OfferingRepository offerings, ServiceSearch search, TargetGroupRepository targetGroups,
                  ServiceDocumentCache documentCache) {
        this.offerings = offerings;
        this.search = search;
        this.targetGroups = targetGroups;
        this.documentCache = documentCache;
    }

    public PageDocument<ServiceDocument> services(ServiceFilter filter, PageParameters paging, ApiLanguage language) {
        return PageDocument.of(offerings.findByStatus(OfferingStatus.PUBLISHED, filter.organizationId(),
                filter.taxonomyTermId(), filter.modifiedAfter(), paging.pageable()), new ServiceMapper(language)::full);
    }

    /**
     * Services found by the search, most relevant first. Answered from the index and the cache of
     * documents written as JSON; only documents not yet cached are read from the database, in a
     * transaction of their own.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public PageDocument<ServiceJson> search(ServiceFilter filter, ServiceSearchParameters searchParameters,
                                            PageParameters paging, ApiLanguage language) {
        if (!Instant.EPOCH.equals(filter.modifiedAfter())) {
            throw new BadParameterException("modified_after cannot be combined with search, municipality, language "
                    + "or target_group; harvest changes without them");
        }
        ServiceQuery query = new ServiceQuery(searchParameters.text(), filters(filter, searchParameters),
                paging.page() - 1, paging.perPage(), language.code());
        Page<UUID> ids = search.searchServiceIds(query);
        Map<UUID, ServiceJson> documents = documentCache.documents(ids.getContent(), language);
        return PageDocument.of(ids, documents::get);
    }

    public ServiceDocument service(UUID id, ApiLanguage language) {
        return offerings.findById(id)
                .filter(Offering::isPublished)
                .map(new ServiceMapper(language)::full)
                .orElseThrow(() -> new NotFoundException("published service", id));
    }

    /** With search, a class term also finds the services of its sub-classes. */
    private Map<String, Set<String>> filters(ServiceFilter filter, ServiceSearchParameters parameters) {
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        if (filter.organizationId() != null) {
            filters.put(ServiceIndexFields.PROVIDER, Set.of(filter.organizationId().toString()));
        }
        if (filter.taxonomyTermId() != null) {
            String field = targetGroups.existsById(filter.taxonomyTermId())
                    ? ServiceIndexFields.TARGET_GROUP : ServiceIndexFields.CLASS;
            filters.put(field, Set.of(filter.taxonomyTermId().toString()));
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
