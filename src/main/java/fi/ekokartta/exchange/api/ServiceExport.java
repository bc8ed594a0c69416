package fi.ekokartta.exchange.api;

import fi.ekokartta.exchange.api.document.PageDocument;
import fi.ekokartta.exchange.api.document.ServiceDocument;
import fi.ekokartta.offering.Offering;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.offering.OfferingStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/** Published services as HSDS documents. Drafts and archived services are not found, whatever the id. */
@Service
@Transactional(readOnly = true)
class ServiceExport {

    private final OfferingRepository offerings;

    ServiceExport(OfferingRepository offerings) {
        this.offerings = offerings;
    }

    public PageDocument<ServiceDocument> services(ServiceFilter filter, PageParameters paging, ApiLanguage language) {
        ServiceMapper mapper = new ServiceMapper(language);
        return PageDocument.of(offerings.findByStatus(OfferingStatus.PUBLISHED, filter.organizationId(),
                filter.taxonomyTermId(), filter.modifiedAfter(), paging.pageable()), mapper::full);
    }

    public ServiceDocument service(UUID id, ApiLanguage language) {
        return offerings.findById(id)
                .filter(Offering::isPublished)
                .map(new ServiceMapper(language)::full)
                .orElseThrow(() -> new NotFoundException("published service", id));
    }
}
