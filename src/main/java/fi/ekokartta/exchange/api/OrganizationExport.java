package fi.ekokartta.exchange.api;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.actor.ActorStatus;
import fi.ekokartta.exchange.api.document.OrganizationDocument;
import fi.ekokartta.exchange.api.document.PageDocument;
import fi.ekokartta.exchange.api.document.ServiceDocument;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.offering.OfferingStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/** Actors as HSDS organizations; a single one lists its published services in compact form. */
@Service
@Transactional(readOnly = true)
class OrganizationExport {

    private final ActorRepository actors;
    private final OfferingRepository offerings;

    OrganizationExport(ActorRepository actors, OfferingRepository offerings) {
        this.actors = actors;
        this.offerings = offerings;
    }

    public PageDocument<OrganizationDocument> organizations(PageParameters paging, ApiLanguage language) {
        OrganizationMapper mapper = new OrganizationMapper(language);
        return PageDocument.of(actors.findByStatus(ActorStatus.ACTIVE, paging.pageable()), actor -> mapper.organization(actor, null));
    }

    public OrganizationDocument organization(UUID id, ApiLanguage language) {
        ServiceMapper services = new ServiceMapper(language);
        return actors.findById(id).filter(Actor::isActive)
                .map(actor -> {
                    List<ServiceDocument> published = offerings
                            .findByProviderIdAndStatus(id, OfferingStatus.PUBLISHED, PageParameters.BY_FINNISH_NAME)
                            .stream().map(services::compact).toList();
                    return new OrganizationMapper(language).organization(actor, published);
                })
                .orElseThrow(() -> new NotFoundException("organization", id));
    }
}
