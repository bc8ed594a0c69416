package fi.ekokartta.exchange.api;

import fi.ekokartta.exchange.api.document.PageDocument;
import fi.ekokartta.exchange.api.document.ServiceAtLocationDocument;
import fi.ekokartta.offering.OfferingStatus;
import fi.ekokartta.offering.ServiceChannel;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/**
 * Service–location pairs: every channel of a published service that is not a phone, the e-mail
 * or the service's url is one (a visiting address, e-service, chat, remote channel or a further
 * web page), with the channel's id. Ordered by the service's Finnish name, then the channel's
 * order on the service. {@code search} finds the phrase in the service's or channel's name, the
 * street address, postal code or city.
 */
@Service
@Transactional(readOnly = true)
class ServiceAtLocationExport {

    private final HsdsQueries queries;
    private final TermFilters termFilters;

    ServiceAtLocationExport(HsdsQueries queries, TermFilters termFilters) {
        this.queries = queries;
        this.termFilters = termFilters;
    }

    public PageDocument<ServiceAtLocationDocument> serviceAtLocations(ServiceFilter filter, SearchText search,
                                                                      PlaceFilter places, PlaceFilter.Circle circle,
                                                                      boolean full, PageParameters paging,
                                                                      ApiLanguage language) {
        PageRequest pageable = PageRequest.of(paging.page() - 1, paging.perPage());
        TermFilter terms = termFilters.of(filter.taxonomyTermId(), filter.taxonomyId());
        if (terms.matchesNothing()) {
            return PageDocument.of(Page.empty(pageable), channel -> null);
        }
        Page<ServiceChannel> page = queries.serviceAtLocations(OfferingStatus.PUBLISHED, filter.organizationId(),
                terms.active(), terms.queryIds(), filter.modifiedAfter(), search.likePattern(),
                places.byPostcodeOnly() ? places.postcode() : null, places.byDistance(), circle.latitude(),
                circle.longitude(), circle.metresPerDegreeLatitude(), circle.metresPerDegreeLongitude(),
                circle.radiusSquared(), pageable);
        return PageDocument.of(page, channel -> document(channel, full, language));
    }

    /**
     * The circle a distance filter keeps places in, around the centroid of the postcode; refused
     * when no published place with that postal code has a position to take the centroid from.
     */
    public PlaceFilter.Circle circle(PlaceFilter places) {
        if (!places.byDistance()) {
            return PlaceFilter.Circle.none();
        }
        Object[] centroid = queries.centroid(OfferingStatus.PUBLISHED, places.postcode()).stream().findFirst()
                .orElse(new Object[2]);
        if (centroid[0] == null || centroid[1] == null) {
            throw new BadParameterException(("proximity needs the centroid of postcode %s, and no published place "
                    + "with that postal code has a position").formatted(places.postcode()));
        }
        return PlaceFilter.Circle.around(((Number) centroid[0]).doubleValue(), ((Number) centroid[1]).doubleValue(),
                places.proximity());
    }

    public ServiceAtLocationDocument serviceAtLocation(UUID id, ApiLanguage language) {
        return queries.channel(id)
                .filter(channel -> channel.getOffering().isPublished() && ServiceMapper.isServiceAtLocation(channel))
                .map(channel -> document(channel, true, language))
                .orElseThrow(() -> new NotFoundException("service at location", id));
    }

    private static ServiceAtLocationDocument document(ServiceChannel channel, boolean full, ApiLanguage language) {
        ServiceAtLocationDocument standalone = new ChannelMapper(language).serviceAtLocation(channel)
                .standalone(new ServiceMapper(language).list(channel.getOffering()));
        return full ? standalone : standalone.listForm();
    }
}
