package fi.ekokartta.exchange.api;

import fi.ekokartta.actor.Actor;
import fi.ekokartta.actor.ActorRepository;
import fi.ekokartta.actor.ActorStatus;
import fi.ekokartta.exchange.api.document.OrganizationDocument;
import fi.ekokartta.exchange.api.document.PageDocument;
import fi.ekokartta.exchange.api.document.ServiceDocument;
import fi.ekokartta.offering.OfferingRepository;
import fi.ekokartta.offering.OfferingStatus;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * Actors as HSDS organizations. {@code search} finds the phrase in a name, alternate name or
 * description (any language); the term filters find the organizations that provide a published
 * service with the term.
 */
@Service
@Transactional(readOnly = true)
class OrganizationExport {

    private final ActorRepository actors;
    private final OfferingRepository offerings;
    private final HsdsQueries queries;
    private final TermFilters termFilters;

    OrganizationExport(ActorRepository actors, OfferingRepository offerings, HsdsQueries queries,
                       TermFilters termFilters) {
        this.actors = actors;
        this.offerings = offerings;
        this.queries = queries;
        this.termFilters = termFilters;
    }

    public PageDocument<OrganizationDocument> organizations(SearchText search, UUID taxonomyTermId, UUID taxonomyId,
                                                            OrganizationForm form, PageParameters paging,
                                                            ApiLanguage language) {
        TermFilter terms = termFilters.of(taxonomyTermId, taxonomyId);
        if (terms.matchesNothing()) {
            return PageDocument.of(Page.empty(paging.pageable()), actor -> null);
        }
        Page<Actor> page = queries.organizations(ActorStatus.ACTIVE, search.likePattern(), OfferingStatus.PUBLISHED,
                terms.active(), terms.queryIds(), paging.pageable());
        OrganizationMapper mapper = new OrganizationMapper(language);
        if (form == OrganizationForm.LIST) {
            return PageDocument.of(page, mapper::listForm);
        }
        return PageDocument.of(page, actor -> mapper.organization(actor, services(actor.getId(), form, language)));
    }

    public OrganizationDocument organization(UUID id, OrganizationForm form, ApiLanguage language) {
        return actors.findById(id).filter(Actor::isActive)
                .map(actor -> new OrganizationMapper(language).organization(actor, services(id, form, language)))
                .orElseThrow(() -> new NotFoundException("organization", id));
    }

    private List<ServiceDocument> services(UUID providerId, OrganizationForm form, ApiLanguage language) {
        ServiceMapper services = new ServiceMapper(language);
        return offerings.findByProviderIdAndStatus(providerId, OfferingStatus.PUBLISHED, PageParameters.BY_FINNISH_NAME)
                .stream()
                .map(form == OrganizationForm.WITH_FULL_SERVICES ? services::full : services::compact)
                .toList();
    }
}
